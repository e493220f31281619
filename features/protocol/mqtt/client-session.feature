@device:temperature-patch
Feature: A reporting device opens and keeps its MQTT session correctly
  The device under test is an MQTT client. The suite plays its broker, records every packet both ways,
  and judges what the device sent during the observation window. Each rule is checked against the
  statement of the MQTT version the profile claims.

  Background:
    Given the device has connected to the suite's broker

  Rule: The first packet on a new connection is a CONNECT

    Scenario Outline: The device opens every connection with a CONNECT (MQTT <version>)
      Then every connection the device opened began with a CONNECT

      @req:mqtt-3.1.1:MQTT-3.1.0-1 @pics:mqtt.version=3.1.1
      Examples: MQTT 3.1.1
        | version |
        | 3.1.1   |

      @req:mqtt-5.0:MQTT-3.1.0-1 @pics:mqtt.version=5.0
      Examples: MQTT 5.0
        | version |
        | 5.0     |

  Rule: The CONNECT names the protocol "MQTT"

    @iottestware:TP_MQTT_CLIENT_CONNECT_002
    Scenario Outline: The device's CONNECT names the MQTT protocol (MQTT <version>)
      Then its CONNECT names the MQTT protocol

      @req:iomt-mqtt-client:CONNECT-NAME-3.1.1 @pics:mqtt.version=3.1.1
      Examples: MQTT 3.1.1
        | version |
        | 3.1.1   |

      @req:mqtt-5.0:MQTT-3.1.2-1 @pics:mqtt.version=5.0
      Examples: MQTT 5.0
        | version |
        | 5.0     |

  Rule: The CONNECT carries the protocol level of the version the device claims

    @iottestware:TP_MQTT_CLIENT_CONNECT_003
    Scenario Outline: The device's CONNECT carries the level of MQTT <version>
      Then its CONNECT carries the protocol level of the claimed version

      @req:iomt-mqtt-client:CONNECT-LEVEL-3.1.1 @pics:mqtt.version=3.1.1
      Examples: MQTT 3.1.1
        | version |
        | 3.1.1   |

      @req:iomt-mqtt-client:CONNECT-LEVEL-5.0 @pics:mqtt.version=5.0
      Examples: MQTT 5.0
        | version |
        | 5.0     |

  Rule: The reserved flag of the CONNECT is zero

    @iottestware:TP_MQTT_CLIENT_CONNECT_004
    Scenario Outline: The device's CONNECT leaves the reserved flag clear (MQTT <version>)
      Then its CONNECT leaves the reserved flag clear

      @req:iomt-mqtt-client:CONNECT-RESERVED-3.1.1 @pics:mqtt.version=3.1.1
      Examples: MQTT 3.1.1
        | version |
        | 3.1.1   |

      @req:iomt-mqtt-client:CONNECT-RESERVED-5.0 @pics:mqtt.version=5.0
      Examples: MQTT 5.0
        | version |
        | 5.0     |

  Rule: In MQTT 3.1.1 a client without a client identifier asks for a clean session

    @req:mqtt-3.1.1:MQTT-3.1.3-7 @iottestware:TP_MQTT_CLIENT_CONNECT_012 @pics:mqtt.version=3.1.1
    Scenario: An anonymous CONNECT of the device asks for a clean session
      Then a CONNECT without a client identifier asks for a clean session

  Rule: A client with a Keep Alive sends a control packet at least once per Keep Alive period

    @iottestware:TP_MQTT_CLIENT_FEAT_KEEPALIVE_001
    Scenario Outline: The device is never silent for longer than its Keep Alive (MQTT <version>)
      Then the device never stays silent for longer than its Keep Alive

      @req:mqtt-3.1.1:MQTT-3.1.2-23 @pics:mqtt.version=3.1.1
      Examples: MQTT 3.1.1
        | version |
        | 3.1.1   |

      @req:mqtt-5.0:MQTT-3.1.2-20 @pics:mqtt.version=5.0
      Examples: MQTT 5.0
        | version |
        | 5.0     |

  Rule: A topic name in a PUBLISH holds no wildcard

    @iottestware:TP_MQTT_CLIENT_PUBLISH_005
    Scenario Outline: The device publishes only to topic names without wildcards (MQTT <version>)
      Then no reading is published to a topic name with wildcards

      @req:mqtt-3.1.1:MQTT-3.3.2-2 @pics:mqtt.version=3.1.1
      Examples: MQTT 3.1.1
        | version |
        | 3.1.1   |

      @req:mqtt-5.0:MQTT-3.3.2-2 @pics:mqtt.version=5.0
      Examples: MQTT 5.0
        | version |
        | 5.0     |

  Rule: In MQTT 5.0 a client's PUBLISH carries no Subscription Identifier

    @req:mqtt-5.0:MQTT-3.3.4-6 @pics:mqtt.version=5.0
    Scenario: The device's readings carry no subscription identifier
      Then no reading carries a subscription identifier

  Rule: A PUBLISH at QoS 1 or 2 carries a non-zero packet identifier

    @iottestware:TP_MQTT_CLIENT_PUBLISH_009
    Scenario Outline: Every QoS 1 reading of the device carries a packet identifier (MQTT <version>)
      Then every reading at QoS 1 carries a non-zero packet identifier

      @req:mqtt-3.1.1:MQTT-2.3.1-1 @pics:mqtt.version=3.1.1 @pics:mqtt.qos=1
      Examples: MQTT 3.1.1
        | version |
        | 3.1.1   |

      @req:mqtt-5.0:MQTT-2.2.1-3 @pics:mqtt.version=5.0 @pics:mqtt.qos=1
      Examples: MQTT 5.0
        | version |
        | 5.0     |

  Rule: A QoS 1 sender sends a new message with DUP clear, under an identifier no unacknowledged message holds

    @iottestware:TP_MQTT_CLIENT_PUBLISH_002 @iottestware:TP_MQTT_CLIENT_PUBLISH_010
    Scenario Outline: The device sends each new QoS 1 reading as a fresh message (MQTT <version>)
      Then every new reading at QoS 1 goes out with DUP clear under an unused packet identifier

      @req:mqtt-3.1.1:MQTT-4.3.2-1 @pics:mqtt.version=3.1.1 @pics:mqtt.qos=1
      Examples: MQTT 3.1.1
        | version |
        | 3.1.1   |

      @req:mqtt-5.0:MQTT-4.3.2-1 @pics:mqtt.version=5.0 @pics:mqtt.qos=1
      Examples: MQTT 5.0
        | version |
        | 5.0     |

  Rule: A PUBLISH at QoS 0 has DUP clear

    @iottestware:TP_MQTT_CLIENT_PUBLISH_001
    Scenario Outline: No QoS 0 reading of the device has DUP set (MQTT <version>)
      Then no reading at QoS 0 has DUP set

      @req:mqtt-3.1.1:MQTT-3.3.1-2 @pics:mqtt.version=3.1.1 @pics:mqtt.qos=0
      Examples: MQTT 3.1.1
        | version |
        | 3.1.1   |

      @req:mqtt-5.0:MQTT-3.3.1-2 @pics:mqtt.version=5.0 @pics:mqtt.qos=0
      Examples: MQTT 5.0
        | version |
        | 5.0     |

  Rule: In MQTT 5.0 a client uses no topic alias unless the broker announced a Topic Alias Maximum
    On the device's first accepted connection the suite's broker announces no Topic Alias Maximum, so a
    device may send none there.

    @req:mqtt-5.0:MQTT-3.2.2-18 @pics:mqtt.version=5.0
    Scenario: The device sends no topic alias the broker did not allow (MQTT 5.0)
      Then the device uses no topic alias where the broker announced none
