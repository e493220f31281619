@device:temperature-patch
Feature: The packets a reporting device sends are written as its MQTT version prescribes
  The device under test is an MQTT client. The suite plays its broker and judges how each packet the device
  sent is written: the flags of its fixed header, its topic names and its topic filters.

  Background:
    Given the device has connected to the suite's broker

  Rule: A QoS 0 sender sends the PUBLISH with DUP clear

    Scenario Outline: The device sends its QoS 0 readings with DUP clear (MQTT <version>)
      Then no reading at QoS 0 has DUP set

      @req:mqtt-3.1.1:MQTT-4.3.1-1 @pics:mqtt.version=3.1.1 @pics:mqtt.qos=0
      Examples: MQTT 3.1.1
        | version |
        | 3.1.1   |

      @req:mqtt-5.0:MQTT-4.3.1-1 @pics:mqtt.version=5.0 @pics:mqtt.qos=0
      Examples: MQTT 5.0
        | version |
        | 5.0     |

  Rule: In MQTT 5.0 a QoS 1 sender sends each new message with DUP clear

    @req:mqtt-5.0:MQTT-4.3.2-2 @pics:mqtt.version=5.0 @pics:mqtt.qos=1
    Scenario: The device sends each new QoS 1 reading first with DUP clear (MQTT 5.0)
      Then every first transmission of a reading at QoS 1 has DUP clear

  Rule: A PUBLISH never has both QoS bits set

    Scenario Outline: The device never publishes at QoS 3 (MQTT <version>)
      Then no PUBLISH of the device has both QoS bits set

      @req:mqtt-3.1.1:MQTT-3.3.1-4 @pics:mqtt.version=3.1.1
      Examples: MQTT 3.1.1
        | version |
        | 3.1.1   |

      @req:mqtt-5.0:MQTT-3.3.1-4 @pics:mqtt.version=5.0
      Examples: MQTT 5.0
        | version |
        | 5.0     |

  Rule: Wildcards belong in topic filters only, never in a topic name

    Scenario Outline: The device's topic names hold no wildcard (MQTT <version>)
      Then no reading is published to a topic name with wildcards

      @req:mqtt-3.1.1:MQTT-4.7.1-1 @pics:mqtt.version=3.1.1
      Examples: MQTT 3.1.1
        | version |
        | 3.1.1   |

      @req:mqtt-5.0:MQTT-4.7.0-1 @pics:mqtt.version=5.0
      Examples: MQTT 5.0
        | version |
        | 5.0     |

  Rule: The reserved flags of a fixed header have the value prescribed for the packet type

    Scenario Outline: The device sets the reserved header flags of every packet it sends (MQTT <version>)
      Then every packet the device sends has the reserved header flags of its type

      @req:mqtt-3.1.1:MQTT-2.2.2-1 @pics:mqtt.version=3.1.1
      Examples: MQTT 3.1.1
        | version |
        | 3.1.1   |

      @req:mqtt-5.0:MQTT-2.1.3-1 @pics:mqtt.version=5.0
      Examples: MQTT 5.0
        | version |
        | 5.0     |

  Rule: Topic names and topic filters are at least one character long

    Scenario Outline: The device sends no empty topic name or topic filter (MQTT <version>)
      Then no topic name or topic filter of the device is empty

      @req:mqtt-3.1.1:MQTT-4.7.3-1 @pics:mqtt.version=3.1.1
      Examples: MQTT 3.1.1
        | version |
        | 3.1.1   |

      @req:mqtt-5.0:MQTT-4.7.3-1 @pics:mqtt.version=5.0
      Examples: MQTT 5.0
        | version |
        | 5.0     |

  Rule: A SUBSCRIBE carries at least one topic filter

    Scenario Outline: Every SUBSCRIBE of the device names a topic filter (MQTT <version>)
      Then every SUBSCRIBE of the device carries a topic filter

      @req:mqtt-3.1.1:MQTT-3.8.3-3 @pics:mqtt.version=3.1.1 @pics:mqtt.commands
      Examples: MQTT 3.1.1
        | version |
        | 3.1.1   |

      @req:mqtt-5.0:MQTT-3.8.3-2 @pics:mqtt.version=5.0 @pics:mqtt.commands
      Examples: MQTT 5.0
        | version |
        | 5.0     |

  Rule: The multi-level wildcard is a whole level and the last one of a topic filter

    Scenario Outline: The device places the multi-level wildcard correctly in its topic filters (MQTT <version>)
      Then every multi-level wildcard in the device's topic filters is a whole last level

      @req:mqtt-3.1.1:MQTT-4.7.1-2 @pics:mqtt.version=3.1.1 @pics:mqtt.commands
      Examples: MQTT 3.1.1
        | version |
        | 3.1.1   |

      @req:mqtt-5.0:MQTT-4.7.1-1 @pics:mqtt.version=5.0 @pics:mqtt.commands
      Examples: MQTT 5.0
        | version |
        | 5.0     |

  Rule: The single-level wildcard is a whole level of a topic filter

    Scenario Outline: The device places the single-level wildcard correctly in its topic filters (MQTT <version>)
      Then every single-level wildcard in the device's topic filters is a whole level

      @req:mqtt-3.1.1:MQTT-4.7.1-3 @pics:mqtt.version=3.1.1 @pics:mqtt.commands
      Examples: MQTT 3.1.1
        | version |
        | 3.1.1   |

      @req:mqtt-5.0:MQTT-4.7.1-2 @pics:mqtt.version=5.0 @pics:mqtt.commands
      Examples: MQTT 5.0
        | version |
        | 5.0     |

  Rule: Every UTF-8 string is well-formed

    Scenario Outline: The device writes its strings as well-formed UTF-8 (MQTT <version>)
      Then every string in the device's packets is well-formed UTF-8

      @req:mqtt-3.1.1:MQTT-1.5.3-1 @pics:mqtt.version=3.1.1
      Examples: MQTT 3.1.1
        | version |
        | 3.1.1   |

      @req:mqtt-5.0:MQTT-1.5.4-1 @pics:mqtt.version=5.0
      Examples: MQTT 5.0
        | version |
        | 5.0     |

  Rule: No UTF-8 string holds the null character

    Scenario Outline: The device's strings hold no null character (MQTT <version>)
      Then no string in the device's packets holds the null character

      @req:mqtt-3.1.1:MQTT-1.5.3-2 @pics:mqtt.version=3.1.1
      Examples: MQTT 3.1.1
        | version |
        | 3.1.1   |

      @req:mqtt-5.0:MQTT-1.5.4-2 @pics:mqtt.version=5.0
      Examples: MQTT 5.0
        | version |
        | 5.0     |

  Rule: A PUBLISH begins with its topic name as a UTF-8 string

    Scenario Outline: The device writes the topic name of each PUBLISH as a UTF-8 string (MQTT <version>)
      Then the topic name of every PUBLISH of the device is a UTF-8 string

      @req:mqtt-3.1.1:MQTT-3.3.2-1 @pics:mqtt.version=3.1.1
      Examples: MQTT 3.1.1
        | version |
        | 3.1.1   |

      @req:mqtt-5.0:MQTT-3.3.2-1 @pics:mqtt.version=5.0
      Examples: MQTT 5.0
        | version |
        | 5.0     |

  Rule: Every topic filter of a SUBSCRIBE is a UTF-8 string

    Scenario Outline: The device writes its topic filters as UTF-8 strings (MQTT <version>)
      Then every topic filter of the device is a UTF-8 string

      @req:mqtt-3.1.1:MQTT-3.8.3-1 @pics:mqtt.version=3.1.1 @pics:mqtt.commands
      Examples: MQTT 3.1.1
        | version |
        | 3.1.1   |

      @req:mqtt-5.0:MQTT-3.8.3-1 @pics:mqtt.version=5.0 @pics:mqtt.commands
      Examples: MQTT 5.0
        | version |
        | 5.0     |

  Rule: No topic name or topic filter holds the null character

    Scenario Outline: The device's topic names and topic filters hold no null character (MQTT <version>)
      Then no topic name or topic filter of the device holds the null character

      @req:mqtt-3.1.1:MQTT-4.7.3-2 @pics:mqtt.version=3.1.1
      Examples: MQTT 3.1.1
        | version |
        | 3.1.1   |

      @req:mqtt-5.0:MQTT-4.7.3-2 @pics:mqtt.version=5.0
      Examples: MQTT 5.0
        | version |
        | 5.0     |

  Rule: In MQTT 5.0 a Variable Byte Integer takes the fewest bytes its value needs

    @req:mqtt-5.0:MQTT-1.5.5-1 @pics:mqtt.version=5.0
    Scenario: The device writes its lengths in the fewest bytes (MQTT 5.0)
      Then every length the device writes as a variable byte integer takes the fewest bytes

  Rule: A PUBLISH at QoS 0 carries no packet identifier

    Scenario Outline: The device's QoS 0 readings carry no packet identifier (MQTT <version>)
      Then no reading at QoS 0 carries a packet identifier

      @req:mqtt-3.1.1:MQTT-2.3.1-5 @pics:mqtt.version=3.1.1 @pics:mqtt.qos=0
      Examples: MQTT 3.1.1
        | version |
        | 3.1.1   |

      @req:mqtt-5.0:MQTT-2.2.1-2 @pics:mqtt.version=5.0 @pics:mqtt.qos=0
      Examples: MQTT 5.0
        | version |
        | 5.0     |

  Rule: In MQTT 5.0 a packet without properties still carries a Property Length of zero

    @req:mqtt-5.0:MQTT-2.2.2-1 @pics:mqtt.version=5.0
    Scenario: The device writes a Property Length of zero in its packets without properties (MQTT 5.0)
      Then every packet of the device without properties still states that it has none

  Rule: In MQTT 5.0 the Content Type of a message is a UTF-8 string

    @req:mqtt-5.0:MQTT-3.3.2-19 @pics:mqtt.version=5.0
    Scenario: The device names the content type of its readings with a UTF-8 string (MQTT 5.0)
      Then the content type the device gives its readings is a UTF-8 string

  Rule: In MQTT 5.0 a Response Topic is a UTF-8 string

    @req:mqtt-5.0:MQTT-3.3.2-13 @pics:mqtt.version=5.0
    Scenario: The device names response topics with UTF-8 strings (MQTT 5.0)
      Then every response topic the device names is a UTF-8 string

  Rule: In MQTT 5.0 a Response Topic holds no wildcard

    @req:mqtt-5.0:MQTT-3.3.2-14 @pics:mqtt.version=5.0
    Scenario: The device names response topics without wildcards (MQTT 5.0)
      Then no response topic the device names holds a wildcard

  Rule: In MQTT 5.0 the name and the value of a User Property are UTF-8 strings

    @req:mqtt-5.0:MQTT-1.5.7-1 @pics:mqtt.version=5.0
    Scenario: The device writes its user properties as UTF-8 strings (MQTT 5.0)
      Then every name and value of the device's user properties is a UTF-8 string
