@device:mqtt-broker
Feature: A broker closes connections that break the packet rules
  The suite's raw driver sends what a client library refuses to: flags, levels and strings that the protocol forbids.
  A broker must not carry on with such a client; in MQTT 5.0 it may say why in a DISCONNECT before it closes.

  Rule: The reserved flag of a CONNECT is zero

    @iottestware:TP_MQTT_BROKER_CONNECT_004
    Scenario Outline: The broker closes a connection whose CONNECT sets the reserved flag (MQTT <version>)
      When a client sends a CONNECT of MQTT <version> with the reserved flag set
      Then the broker closes the client's connection

      @req:mqtt-3.1.1:MQTT-3.1.2-3 @pics:mqtt.version=3.1.1
      Examples: MQTT 3.1.1
        | version |
        | 3.1.1   |

      @req:mqtt-5.0:MQTT-3.1.2-3 @pics:mqtt.version=5.0
      Examples: MQTT 5.0
        | version |
        | 5.0     |

  Rule: In MQTT 3.1.1 a broker closes a CONNECT that does not conform without answering it

    @req:mqtt-3.1.1:MQTT-3.1.4-1 @pics:mqtt.version=3.1.1
    Scenario: The broker closes a connection whose MQTT 3.1.1 CONNECT sets the reserved flag without a CONNACK
      When a client sends a CONNECT of MQTT 3.1.1 with the reserved flag set
      Then the broker closes the client's connection without sending a CONNACK

  Rule: A broker does not carry on with a CONNECT that names another protocol

    @req:mqtt-3.1.1:MQTT-3.1.2-1 @pics:mqtt.version=3.1.1
    Scenario: The broker does not go on under MQTT 3.1.1 with a CONNECT naming another protocol
      When a client sends a CONNECT of MQTT 3.1.1 naming the protocol "MQTX"
      Then the broker does not go on with the CONNECT under this specification

    @req:mqtt-5.0:MQTT-3.1.4-1 @pics:mqtt.version=5.0
    Scenario: The broker closes a connection whose MQTT 5.0 CONNECT names another protocol
      When a client sends a CONNECT of MQTT 5.0 naming the protocol "MQTX"
      Then the broker closes the client's connection without accepting it

    @req:mqtt-5.0:MQTT-3.1.2-1 @pics:mqtt.version=5.0
    Scenario: The broker that will not take an MQTT 5.0 CONNECT naming another protocol closes the connection
      When a client sends a CONNECT of MQTT 5.0 naming the protocol "MQTX"
      Then the broker closes the client's connection, with or without a refusing CONNACK

  Rule: A broker refuses a protocol level it does not support

    @req:mqtt-3.1.1:MQTT-3.1.2-2 @pics:mqtt.version=3.1.1
    Scenario: The broker answers an MQTT 3.1.1 CONNECT of an unknown protocol level with return code 0x01 and closes
      When a client sends a CONNECT of MQTT 3.1.1 with protocol level 99
      Then the broker answers with CONNACK return code 0x01 and closes the client's connection

    @req:mqtt-5.0:MQTT-3.1.2-2 @pics:mqtt.version=5.0
    Scenario: The broker that refuses an MQTT 5.0 CONNECT of an unknown protocol version closes the connection
      When a client sends a CONNECT of MQTT 5.0 with protocol level 99
      Then the broker closes the client's connection, with or without a refusing CONNACK

  Rule: The first packet of a connection is a CONNECT

    @iottestware:TP_MQTT_BROKER_CONNECT_028
    Scenario Outline: The broker closes a connection that starts with another packet (MQTT <version>)
      When a client opens a connection for MQTT <version> and publishes before connecting
      Then the broker closes the client's connection

      @req:mqtt-3.1.1:MQTT-4.8.0-1 @pics:mqtt.version=3.1.1
      Examples: MQTT 3.1.1
        | version |
        | 3.1.1   |

      @req:mqtt-5.0:MQTT-4.13.1-1 @pics:mqtt.version=5.0
      Examples: MQTT 5.0
        | version |
        | 5.0     |

  Rule: The fixed-header flags of a SUBSCRIBE are 0010

    @iottestware:TP_MQTT_BROKER_SUBSCRIBE_001
    Scenario Outline: The broker closes a connection that sends a SUBSCRIBE with wrong flags (MQTT <version>)
      Given a client connected with MQTT <version>
      When the client subscribes with wrong fixed-header flags
      Then the broker closes the client's connection

      @req:mqtt-3.1.1:MQTT-3.8.1-1 @pics:mqtt.version=3.1.1
      Examples: MQTT 3.1.1
        | version |
        | 3.1.1   |

      @req:mqtt-5.0:MQTT-3.8.1-1 @pics:mqtt.version=5.0
      Examples: MQTT 5.0
        | version |
        | 5.0     |

  Rule: A PUBLISH never has both QoS bits set

    @iottestware:TP_MQTT_BROKER_PUBLISH_002
    Scenario Outline: The broker closes a connection that publishes at QoS 3 (MQTT <version>)
      Given a client connected with MQTT <version>
      When the client publishes with both QoS bits set
      Then the broker closes the client's connection

      @req:mqtt-3.1.1:MQTT-3.3.1-4 @pics:mqtt.version=3.1.1
      Examples: MQTT 3.1.1
        | version |
        | 3.1.1   |

      @req:mqtt-5.0:MQTT-3.3.1-4 @pics:mqtt.version=5.0
      Examples: MQTT 5.0
        | version |
        | 5.0     |

  Rule: A topic name holds no wildcard

    @iottestware:TP_MQTT_BROKER_PUBLISH_004
    Scenario Outline: The broker closes a connection that publishes to a topic name with a wildcard (MQTT <version>)
      Given a client connected with MQTT <version>
      When the client publishes to a topic name with a wildcard
      Then the broker closes the client's connection

      @req:mqtt-3.1.1:MQTT-3.3.2-2 @pics:mqtt.version=3.1.1
      Examples: MQTT 3.1.1
        | version |
        | 3.1.1   |

      @req:mqtt-5.0:MQTT-3.3.2-2 @pics:mqtt.version=5.0
      Examples: MQTT 5.0
        | version |
        | 5.0     |

  Rule: Strings are well-formed UTF-8

    @iottestware:TP_MQTT_BROKER_PUBLISH_003
    Scenario Outline: The broker closes a connection that publishes to a topic name that is not well-formed UTF-8 (MQTT <version>)
      Given a client connected with MQTT <version>
      When the client publishes to a topic name holding an encoded surrogate
      Then the broker closes the client's connection

      @req:mqtt-3.1.1:MQTT-1.5.3-1 @pics:mqtt.version=3.1.1
      Examples: MQTT 3.1.1
        | version |
        | 3.1.1   |

      @req:mqtt-5.0:MQTT-1.5.4-1 @pics:mqtt.version=5.0
      Examples: MQTT 5.0
        | version |
        | 5.0     |

  Rule: Strings hold no null character

    @iottestware:TP_MQTT_BROKER_PUBLISH_007
    Scenario Outline: The broker closes a connection that publishes to a topic name holding a null character (MQTT <version>)
      Given a client connected with MQTT <version>
      When the client publishes to a topic name holding a null character
      Then the broker closes the client's connection

      @req:mqtt-3.1.1:MQTT-1.5.3-2 @pics:mqtt.version=3.1.1
      Examples: MQTT 3.1.1
        | version |
        | 3.1.1   |

      @req:mqtt-5.0:MQTT-1.5.4-2 @pics:mqtt.version=5.0
      Examples: MQTT 5.0
        | version |
        | 5.0     |

  Rule: A SUBSCRIBE names at least one topic filter

    @iottestware:TP_MQTT_BROKER_SUBSCRIBE_006
    Scenario Outline: The broker closes a connection that subscribes to nothing (MQTT <version>)
      Given a client connected with MQTT <version>
      When the client subscribes without any topic filter
      Then the broker closes the client's connection

      @req:mqtt-3.1.1:MQTT-4.8.0-1 @pics:mqtt.version=3.1.1
      Examples: MQTT 3.1.1
        | version |
        | 3.1.1   |

      @req:mqtt-5.0:MQTT-4.13.1-1 @pics:mqtt.version=5.0
      Examples: MQTT 5.0
        | version |
        | 5.0     |

  Rule: A remaining length takes at most four bytes

    @iottestware:TP_MQTT_BROKER_SEC_CVE_001
    Scenario Outline: The broker closes a connection that sends a remaining length of five bytes (MQTT <version>)
      Given a client connected with MQTT <version>
      When the client sends a packet whose remaining length runs over four bytes
      Then the broker closes the client's connection

      @req:mqtt-3.1.1:MQTT-4.8.0-1 @pics:mqtt.version=3.1.1
      Examples: MQTT 3.1.1
        | version |
        | 3.1.1   |

      @req:mqtt-5.0:MQTT-4.13.1-1 @pics:mqtt.version=5.0
      Examples: MQTT 5.0
        | version |
        | 5.0     |

  Rule: The reserved bits of a subscription's options are zero

    Scenario Outline: The broker closes a connection that subscribes with reserved option bits set (MQTT <version>)
      Given a client connected with MQTT <version>
      When the client subscribes with reserved bits set in the subscription options
      Then the broker closes the client's connection

      @req:mqtt-3.1.1:MQTT-3.8.3-4 @pics:mqtt.version=3.1.1
      Examples: MQTT 3.1.1
        | version |
        | 3.1.1   |

      @req:mqtt-5.0:MQTT-3.8.3-5 @pics:mqtt.version=5.0
      Examples: MQTT 5.0
        | version |
        | 5.0     |
