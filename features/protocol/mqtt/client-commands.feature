@device:temperature-patch
Feature: A reporting device takes commands from its broker
  A device that claims a command topic subscribes to it after connecting. Inside the observation window
  the suite's broker sends it a command at the claimed QoS, twice back to back: a new reporting interval
  equal to the claimed one, which the device may apply or ignore. Whatever it does with it, it
  acknowledges each as the protocol requires, in the order they came: with PUBACK at QoS 1; at QoS 2
  with PUBREC, and then with PUBCOMP for the PUBREL the broker answers the PUBREC with. Once the device has ended the
  flow of the first command (its PUBACK at QoS 1, its PUBCOMP at QoS 2), that packet identifier is free, and the
  broker sends the command once more under it, as a new message.

  Background:
    Given the device has connected to the suite's broker

  Rule: A SUBSCRIBE carries the fixed-header flags 0010

    @iottestware:TP_MQTT_CLIENT_SUBSCRIBE_001
    Scenario Outline: The device subscribes to its commands with a well-formed SUBSCRIBE (MQTT <version>)
      Then every SUBSCRIBE of the device carries the fixed-header flags a SUBSCRIBE requires

      @req:mqtt-3.1.1:MQTT-3.8.1-1 @pics:mqtt.version=3.1.1 @pics:mqtt.commands
      Examples: MQTT 3.1.1
        | version |
        | 3.1.1   |

      @req:mqtt-5.0:MQTT-3.8.1-1 @pics:mqtt.version=5.0 @pics:mqtt.commands
      Examples: MQTT 5.0
        | version |
        | 5.0     |

  Rule: The receiver of a PUBLISH answers it as its QoS requires, whether or not it acts on the message

    @iottestware:TP_MQTT_CLIENT_PUBLISH_007
    Scenario Outline: The device acknowledges a command it receives (MQTT <version>)
      Given the broker has sent the device a command
      Then the device acknowledges the command as its QoS requires

      @req:mqtt-3.1.1:MQTT-3.3.4-1 @pics:mqtt.version=3.1.1 @pics:mqtt.commands
      Examples: MQTT 3.1.1
        | version |
        | 3.1.1   |

      @req:mqtt-5.0:MQTT-4.5.0-2 @pics:mqtt.version=5.0 @pics:mqtt.commands
      Examples: MQTT 5.0
        | version |
        | 5.0     |

      @req:mqtt-5.0:MQTT-3.3.4-1 @pics:mqtt.version=5.0 @pics:mqtt.commands
      Examples: MQTT 5.0, as the rule on the receiver of a PUBLISH
        | version |
        | 5.0     |

      @req:mqtt-3.1.1:MQTT-4.5.0-2 @pics:mqtt.version=3.1.1 @pics:mqtt.commands
      Examples: MQTT 3.1.1, as the rule on a client whether or not it acts on the message
        | version |
        | 3.1.1   |

  Rule: An acknowledgement carries the packet identifier of the PUBLISH it acknowledges

    @iottestware:TP_MQTT_CLIENT_PUBACK_002
    Scenario Outline: The device acknowledges a command under the command's packet identifier (MQTT <version>)
      Given the broker has sent the device a command
      Then the device's acknowledgement carries the packet identifier of the command

      @req:mqtt-3.1.1:MQTT-2.3.1-6 @pics:mqtt.version=3.1.1 @pics:mqtt.commands.qos=1
      Examples: MQTT 3.1.1
        | version |
        | 3.1.1   |

      @req:mqtt-5.0:MQTT-2.2.1-5 @pics:mqtt.version=5.0 @pics:mqtt.commands.qos=1
      Examples: MQTT 5.0
        | version |
        | 5.0     |

      @req:mqtt-3.1.1:MQTT-2.3.1-6 @pics:mqtt.version=3.1.1 @pics:mqtt.commands.qos=2
      Examples: MQTT 3.1.1, a command at QoS 2 answered with PUBREC
        | version |
        | 3.1.1   |

    @req:mqtt-5.0:MQTT-2.2.1-5 @pics:mqtt.version=5.0 @pics:mqtt.commands.qos=2
    Scenario: The device receives and completes a QoS 2 command under the command's packet identifier (MQTT 5.0)
      Given the broker has sent the device a command
      Then the device's acknowledgement carries the packet identifier of the command
      And the device's completion of a released command carries the packet identifier of the release

  Rule: A client acknowledges QoS 1 messages in the order they came

    Scenario Outline: The device acknowledges two commands sent back to back in the order they came (MQTT <version>)
      Given the broker has sent the device a command
      Then the device acknowledges the commands sent at QoS 1 in the order they came

      @req:mqtt-3.1.1:MQTT-4.6.0-2 @pics:mqtt.version=3.1.1 @pics:mqtt.commands.qos=1
      Examples: MQTT 3.1.1
        | version |
        | 3.1.1   |

      @req:mqtt-5.0:MQTT-4.6.0-2 @pics:mqtt.version=5.0 @pics:mqtt.commands.qos=1
      Examples: MQTT 5.0
        | version |
        | 5.0     |

  Rule: An acknowledgement carries a reason code the protocol defines for it

    @req:mqtt-5.0:MQTT-3.4.2-1 @pics:mqtt.version=5.0 @pics:mqtt.commands.qos=1
    Scenario: The device acknowledges a command with a defined PUBACK reason code (MQTT 5.0)
      Given the broker has sent the device a command
      Then the device's acknowledgement of a command sent at QoS 1 carries a reason code defined for it

    @req:mqtt-5.0:MQTT-3.5.2-1 @pics:mqtt.version=5.0 @pics:mqtt.commands.qos=2
    Scenario: The device receives a QoS 2 command with a defined PUBREC reason code (MQTT 5.0)
      Given the broker has sent the device a command
      Then the device's acknowledgement of a command sent at QoS 2 carries a reason code defined for it

    @req:mqtt-5.0:MQTT-3.7.2-1 @pics:mqtt.version=5.0 @pics:mqtt.commands.qos=2
    Scenario: The device completes a released QoS 2 command with a defined PUBCOMP reason code (MQTT 5.0)
      Given the broker has sent the device a command
      Then the device's completion of a released command carries a reason code defined for it

  Rule: A client receiving a QoS 2 message answers it with PUBREC, then answers the sender's PUBREL with PUBCOMP, each under the message's packet identifier

    @req:mqtt-3.1.1:MQTT-4.3.3-2 @pics:mqtt.version=3.1.1 @pics:mqtt.commands.qos=2
    Scenario: The device takes a QoS 2 command through PUBREC, PUBREL and PUBCOMP (MQTT 3.1.1)
      Given the broker has sent the device a command
      Then the device acknowledges the command as its QoS requires
      And the device's acknowledgement carries the packet identifier of the command
      And the device completes each command the broker released, under the command's packet identifier
      And the device answers a command sent at QoS 2 under a packet identifier it has freed as a new command

    @req:mqtt-5.0:MQTT-4.3.3-8 @pics:mqtt.version=5.0 @pics:mqtt.commands.qos=2
    Scenario: The device answers a QoS 2 command with PUBREC under its packet identifier (MQTT 5.0)
      Given the broker has sent the device a command
      Then the device acknowledges the command as its QoS requires
      And the device's acknowledgement carries the packet identifier of the command

    @req:mqtt-5.0:MQTT-4.3.3-11 @pics:mqtt.version=5.0 @pics:mqtt.commands.qos=2
    Scenario: The device answers the release of a QoS 2 command with PUBCOMP under its packet identifier (MQTT 5.0)
      Given the broker has sent the device a command
      Then the device completes each command the broker released, under the command's packet identifier

  Rule: A client answers QoS 2 messages with PUBREC in the order they came

    Scenario Outline: The device receives two QoS 2 commands sent back to back and answers them in the order they came (MQTT <version>)
      Given the broker has sent the device a command
      Then the device acknowledges the commands sent at QoS 2 in the order they came

      @req:mqtt-3.1.1:MQTT-4.6.0-3 @pics:mqtt.version=3.1.1 @pics:mqtt.commands.qos=2
      Examples: MQTT 3.1.1
        | version |
        | 3.1.1   |

      @req:mqtt-5.0:MQTT-4.6.0-3 @pics:mqtt.version=5.0 @pics:mqtt.commands.qos=2
      Examples: MQTT 5.0
        | version |
        | 5.0     |

  Rule: A QoS 1 receiver answers a message with a PUBACK under the message's packet identifier

    @req:mqtt-5.0:MQTT-4.3.2-4 @pics:mqtt.version=5.0 @pics:mqtt.commands.qos=1
    Scenario: The device acknowledges a QoS 1 command with a PUBACK under the command's packet identifier (MQTT 5.0)
      Given the broker has sent the device a command
      Then the device acknowledges the command as its QoS requires
      And the device's acknowledgement of a command sent at QoS 1 carries the packet identifier of the command

  Rule: Once a receiver has ended the flow of a message, a later message under the same packet identifier is a new one
    What the device does with a command past its answer does not show to its broker; its answer does, and is judged.

    @req:mqtt-3.1.1:MQTT-4.3.2-2 @pics:mqtt.version=3.1.1 @pics:mqtt.commands.qos=1
    Scenario: The device acknowledges a QoS 1 command under its packet identifier, and a later command under that identifier as a new one (MQTT 3.1.1)
      Given the broker has sent the device a command
      Then the device acknowledges the command as its QoS requires
      And the device's acknowledgement of a command sent at QoS 1 carries the packet identifier of the command
      And the device answers a command sent at QoS 1 under a packet identifier it has freed as a new command

    @req:mqtt-5.0:MQTT-4.3.2-5 @pics:mqtt.version=5.0 @pics:mqtt.commands.qos=1
    Scenario: The device acknowledges a command sent under the packet identifier of a command it has acknowledged as a new one (MQTT 5.0)
      Given the broker has sent the device a command
      Then the device answers a command sent at QoS 1 under a packet identifier it has freed as a new command

    @req:mqtt-5.0:MQTT-4.3.3-12 @pics:mqtt.version=5.0 @pics:mqtt.commands.qos=2
    Scenario: The device receives a command sent under the packet identifier of a command it has completed as a new one (MQTT 5.0)
      Given the broker has sent the device a command
      Then the device answers a command sent at QoS 2 under a packet identifier it has freed as a new command
