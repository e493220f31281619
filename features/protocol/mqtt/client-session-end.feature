@device:temperature-patch
Feature: A reporting device ends its session cleanly when told to
  A device that claims an end-of-session command (a patch taken off the patient, say) ends its session when its
  back end sends that command on its command topic: it drops its subscription to the commands, then says goodbye to
  its broker and closes the connection. The suite's broker sends the claimed command once the observation window has
  closed, and reads on after the device's goodbye to see it close the connection and send nothing more.

  Background:
    Given the device has connected to the suite's broker
    And the broker has told the device to end its session

  Rule: An UNSUBSCRIBE carries the fixed-header flags 0010

    Scenario Outline: The device drops its subscription with a well-formed UNSUBSCRIBE (MQTT <version>)
      Then every UNSUBSCRIBE of the device carries the fixed-header flags an UNSUBSCRIBE requires

      @req:mqtt-3.1.1:MQTT-3.10.1-1 @pics:mqtt.version=3.1.1 @pics:mqtt.commands.endSession
      Examples: MQTT 3.1.1
        | version |
        | 3.1.1   |

      @req:mqtt-5.0:MQTT-3.10.1-1 @pics:mqtt.version=5.0 @pics:mqtt.commands.endSession
      Examples: MQTT 5.0
        | version |
        | 5.0     |

  Rule: The topic filters of an UNSUBSCRIBE are UTF-8 strings

    Scenario Outline: The device writes the topic filters it unsubscribes from as UTF-8 strings (MQTT <version>)
      Then every topic filter of the device's UNSUBSCRIBE is a UTF-8 string

      @req:mqtt-3.1.1:MQTT-3.10.3-1 @pics:mqtt.version=3.1.1 @pics:mqtt.commands.endSession
      Examples: MQTT 3.1.1
        | version |
        | 3.1.1   |

      @req:mqtt-5.0:MQTT-3.10.3-1 @pics:mqtt.version=5.0 @pics:mqtt.commands.endSession
      Examples: MQTT 5.0
        | version |
        | 5.0     |

  Rule: An UNSUBSCRIBE names at least one topic filter

    Scenario Outline: Every UNSUBSCRIBE of the device names a topic filter (MQTT <version>)
      Then every UNSUBSCRIBE of the device names a topic filter

      @req:mqtt-3.1.1:MQTT-3.10.3-2 @pics:mqtt.version=3.1.1 @pics:mqtt.commands.endSession
      Examples: MQTT 3.1.1
        | version |
        | 3.1.1   |

      @req:mqtt-5.0:MQTT-3.10.3-2 @pics:mqtt.version=5.0 @pics:mqtt.commands.endSession
      Examples: MQTT 5.0
        | version |
        | 5.0     |

  Rule: After its DISCONNECT a client closes the network connection

    Scenario Outline: The device closes the connection after its goodbye (MQTT <version>)
      Then the device closes the connection after its DISCONNECT

      @req:mqtt-3.1.1:MQTT-3.14.4-1 @pics:mqtt.version=3.1.1 @pics:mqtt.commands.endSession
      Examples: MQTT 3.1.1
        | version |
        | 3.1.1   |

      @req:mqtt-5.0:MQTT-3.14.4-2 @pics:mqtt.version=5.0 @pics:mqtt.commands.endSession
      Examples: MQTT 5.0
        | version |
        | 5.0     |

  Rule: After its DISCONNECT a client sends nothing more on that connection

    Scenario Outline: The device sends nothing after its goodbye (MQTT <version>)
      Then the device sends nothing after its DISCONNECT

      @req:mqtt-3.1.1:MQTT-3.14.4-2 @pics:mqtt.version=3.1.1 @pics:mqtt.commands.endSession
      Examples: MQTT 3.1.1
        | version |
        | 3.1.1   |

      @req:mqtt-5.0:MQTT-3.14.4-1 @pics:mqtt.version=5.0 @pics:mqtt.commands.endSession
      Examples: MQTT 5.0
        | version |
        | 5.0     |

  Rule: In MQTT 5.0 a DISCONNECT carries one of the reason codes defined for it

    @req:mqtt-5.0:MQTT-3.14.2-1 @pics:mqtt.version=5.0 @pics:mqtt.commands.endSession
    Scenario: The device says goodbye with a defined reason code (MQTT 5.0)
      Then the device's DISCONNECT carries a defined reason code
