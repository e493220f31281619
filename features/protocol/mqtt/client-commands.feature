@device:temperature-patch
Feature: A reporting device takes commands from its broker
  A device that claims a command topic subscribes to it after connecting. Inside the observation window
  the suite's broker sends it a command at the claimed QoS, twice back to back: a new reporting interval
  equal to the claimed one, which the device may apply or ignore. Whatever it does with it, it
  acknowledges each as the protocol requires, in the order they came.

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

  Rule: A client acknowledges QoS 1 messages in the order they came

    Scenario Outline: The device acknowledges two commands sent back to back in the order they came (MQTT <version>)
      Given the broker has sent the device a command
      Then the device acknowledges the commands in the order they came

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
      Then the device's acknowledgement carries a reason code defined for it
