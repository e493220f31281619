@device:temperature-patch
Feature: A reporting device keeps to the limits its MQTT 5.0 broker announces
  An MQTT 5.0 broker may tell a client, when it accepts the connection, how far the client may go:
  how many messages it may leave unacknowledged, which topic aliases it may use, how large a packet
  it may send, and how long it may stay silent. The suite's broker announces such limits from the
  device's second accepted connection on (the first shows the device without them), and gives the
  device reason to go beyond them: it holds back its acknowledgement of a reading for longer than the
  reporting interval, and sets a Server Keep Alive shorter than the device's own when that leaves
  room. While it holds that acknowledgement it sends a device that takes commands one more, to see it
  answered meanwhile. A rule is judged only when its limit was announced and the device had occasion
  to exceed it.

  Background:
    Given the device has connected to the suite's broker

  Rule: A client keeps no more messages unacknowledged than the broker's Receive Maximum

    Scenario Outline: The device holds back a reading while the broker's Receive Maximum is reached (MQTT 5.0, <statement>)
      Then the device never has more readings unacknowledged than the broker's Receive Maximum

      @req:mqtt-5.0:MQTT-3.3.4-7 @pics:mqtt.version=5.0
      Examples: as a limit on the messages awaiting acknowledgement
        | statement                |
        | unacknowledged messages  |

      @req:mqtt-5.0:MQTT-4.9.0-1 @pics:mqtt.version=5.0 @pics:mqtt.qos=1
      Examples: as a send quota that starts no higher than the Receive Maximum
        | statement                |
        | initial send quota       |

      @req:mqtt-5.0:MQTT-4.9.0-2 @pics:mqtt.version=5.0 @pics:mqtt.qos=1
      Examples: as a send quota that, used up, stops further messages
        | statement                |
        | send quota used up       |

  Rule: A client that may send no more messages still sends its other packets

    @req:mqtt-5.0:MQTT-3.3.4-8 @pics:mqtt.version=5.0 @pics:mqtt.qos=1
    Scenario: The device keeps its connection alive while the broker's Receive Maximum holds its readings back (MQTT 5.0)
      Then the device keeps pinging the broker while the Receive Maximum holds its readings back

  Rule: Client and server keep answering the other's packets while their send quota is zero

    @req:mqtt-5.0:MQTT-4.9.0-3 @pics:mqtt.version=5.0 @pics:mqtt.qos=1 @pics:mqtt.commands
    Scenario: The device answers a command while the broker's Receive Maximum holds its readings back (MQTT 5.0)
      Then the device answers a command the broker sends while the Receive Maximum holds its readings back

  Rule: A client sends no Topic Alias above the broker's Topic Alias Maximum

    Scenario Outline: The device's topic aliases stay within the broker's maximum (MQTT 5.0, <clause>)
      Then no topic alias of the device is above the maximum the broker announced

      @req:mqtt-5.0:MQTT-3.2.2-17 @pics:mqtt.version=5.0
      Examples: as the CONNACK's Topic Alias Maximum states it
        | clause   |
        | 3.2.2.3.8 |

      @req:mqtt-5.0:MQTT-3.3.2-9 @pics:mqtt.version=5.0
      Examples: as the PUBLISH's Topic Alias states it
        | clause   |
        | 3.3.2.3.4 |

  Rule: A sender sends no Topic Alias of 0

    @req:mqtt-5.0:MQTT-3.3.2-8 @pics:mqtt.version=5.0
    Scenario: The device never sends topic alias 0 (MQTT 5.0)
      Then no topic alias of the device is zero

  Rule: A client keeps the Server Keep Alive of the CONNACK in place of its own

    Scenario Outline: The device is never silent for longer than the broker's shorter Server Keep Alive (MQTT 5.0, <clause>)
      Then the device keeps the broker's shorter Server Keep Alive

      @req:mqtt-5.0:MQTT-3.2.2-21 @pics:mqtt.version=5.0
      Examples: as the CONNACK's Server Keep Alive states it
        | clause     |
        | 3.2.2.3.14 |

      @req:mqtt-5.0:MQTT-3.1.2-21 @pics:mqtt.version=5.0
      Examples: as the CONNECT's Keep Alive states it
        | clause   |
        | 3.1.2.10 |

  Rule: A client sends no packet larger than the broker's Maximum Packet Size

    @req:mqtt-5.0:MQTT-3.2.2-15 @pics:mqtt.version=5.0
    Scenario: The device's packets stay within the broker's Maximum Packet Size (MQTT 5.0)
      Then no packet of the device is larger than the maximum packet size the broker announced

  Rule: A client leaves a Reason String out of an answer it would make too large for the broker

    Scenario Outline: The device's <answer> stays within the broker's Maximum Packet Size despite a Reason String (MQTT 5.0)
      Then no <answer> of the device is larger than the broker's maximum packet size because of a Reason String

      @req:mqtt-5.0:MQTT-3.4.2-2 @pics:mqtt.version=5.0 @pics:mqtt.commands.qos=1
      Examples: PUBACK, answering a command at QoS 1
        | answer |
        | PUBACK |

      @req:mqtt-5.0:MQTT-3.5.2-2 @pics:mqtt.version=5.0 @pics:mqtt.commands.qos=2
      Examples: PUBREC, receiving a command at QoS 2
        | answer |
        | PUBREC |

      @req:mqtt-5.0:MQTT-3.6.2-2 @pics:mqtt.version=5.0 @pics:mqtt.qos=2
      Examples: PUBREL, releasing a reading sent at QoS 2
        | answer |
        | PUBREL |

      @req:mqtt-5.0:MQTT-3.7.2-2 @pics:mqtt.version=5.0 @pics:mqtt.commands.qos=2
      Examples: PUBCOMP, completing a command at QoS 2
        | answer  |
        | PUBCOMP |

      @req:mqtt-5.0:MQTT-3.14.2-3 @pics:mqtt.version=5.0
      Examples: DISCONNECT, ending a connection
        | answer     |
        | DISCONNECT |

  Rule: A client leaves a User Property out of an answer it would make too large for the broker

    Scenario Outline: The device's <answer> stays within the broker's Maximum Packet Size despite a User Property (MQTT 5.0)
      Then no <answer> of the device is larger than the broker's maximum packet size because of a User Property

      @req:mqtt-5.0:MQTT-3.4.2-3 @pics:mqtt.version=5.0 @pics:mqtt.commands.qos=1
      Examples: PUBACK, answering a command at QoS 1
        | answer |
        | PUBACK |

      @req:mqtt-5.0:MQTT-3.5.2-3 @pics:mqtt.version=5.0 @pics:mqtt.commands.qos=2
      Examples: PUBREC, receiving a command at QoS 2
        | answer |
        | PUBREC |

      @req:mqtt-5.0:MQTT-3.6.2-3 @pics:mqtt.version=5.0 @pics:mqtt.qos=2
      Examples: PUBREL, releasing a reading sent at QoS 2
        | answer |
        | PUBREL |

      @req:mqtt-5.0:MQTT-3.7.2-3 @pics:mqtt.version=5.0 @pics:mqtt.commands.qos=2
      Examples: PUBCOMP, completing a command at QoS 2
        | answer  |
        | PUBCOMP |

      @req:mqtt-5.0:MQTT-3.14.2-4 @pics:mqtt.version=5.0
      Examples: DISCONNECT, ending a connection
        | answer     |
        | DISCONNECT |
