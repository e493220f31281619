@device:mqtt-broker
Feature: A broker delivers to the subscriptions that match, and only to them

  Rule: Overlapping subscriptions deliver at the highest QoS, at most once per subscription

    @paho:test_overlapping_subscriptions @iottestware:TP_MQTT_BROKER_FEAT_QOS_002
    Scenario Outline: A monitor with two overlapping subscriptions receives the reading at the higher QoS (MQTT <version>)
      Given a monitor subscribed with MQTT <version> to the ward's readings at QoS 0 and to one patch's readings at QoS 2
      When the patch publishes a reading at QoS 2
      Then the monitor receives the reading at QoS 2, and no more copies than it has subscriptions

      @req:mqtt-3.1.1:MQTT-3.3.5-1 @pics:mqtt.version=3.1.1 @pics:mqtt.qos=2 @pics:mqtt.wildcards
      Examples: MQTT 3.1.1
        | version |
        | 3.1.1   |

      @req:mqtt-5.0:MQTT-3.3.4-2 @pics:mqtt.version=5.0 @pics:mqtt.qos=2 @pics:mqtt.wildcards
      Examples: MQTT 5.0
        | version |
        | 5.0     |

  Rule: A delivered message's topic name matches the subscription's filter

    @paho:test_basic
    Scenario Outline: A monitor subscribed with wildcards receives exactly the readings its filters match (MQTT <version>)
      Given a monitor subscribed with MQTT <version> to each patch's temperature with a single-level wildcard
      When patches publish temperatures, heart rates and a nested temperature
      Then the monitor receives exactly the temperatures its filter matches

      @req:mqtt-3.1.1:MQTT-3.3.2-3 @pics:mqtt.version=3.1.1 @pics:mqtt.wildcards
      Examples: MQTT 3.1.1
        | version |
        | 3.1.1   |

      @req:mqtt-5.0:MQTT-3.3.2-3 @pics:mqtt.version=5.0 @pics:mqtt.wildcards
      Examples: MQTT 5.0
        | version |
        | 5.0     |

  Rule: An UNSUBSCRIBE is acknowledged with an UNSUBACK

    @paho:test_unsubscribe @iottestware:TP_MQTT_BROKER_UNSUBACK_002
    Scenario Outline: The broker acknowledges an unsubscription (MQTT <version>)
      Given a monitor subscribed with MQTT <version> to the ward's readings at QoS 1
      When the monitor unsubscribes from the ward's readings
      Then the broker acknowledges the unsubscription

      @req:mqtt-3.1.1:MQTT-3.10.4-4 @pics:mqtt.version=3.1.1
      Examples: MQTT 3.1.1
        | version |
        | 3.1.1   |

      @req:mqtt-5.0:MQTT-3.10.4-4 @pics:mqtt.version=5.0
      Examples: MQTT 5.0
        | version |
        | 5.0     |

  Rule: After an UNSUBSCRIBE no new message is delivered for the filter

    @paho:test_unsubscribe
    Scenario Outline: A monitor that unsubscribed receives no further readings (MQTT <version>)
      Given a monitor subscribed with MQTT <version> to the ward's readings at QoS 1
      When the monitor unsubscribes from the ward's readings
      And a patch publishes a reading at QoS 1
      Then the monitor receives nothing for its old subscription

      @req:mqtt-3.1.1:MQTT-3.10.4-2 @pics:mqtt.version=3.1.1 @pics:mqtt.qos=1
      Examples: MQTT 3.1.1
        | version |
        | 3.1.1   |

      @req:mqtt-5.0:MQTT-3.10.4-2 @pics:mqtt.version=5.0 @pics:mqtt.qos=1
      Examples: MQTT 5.0
        | version |
        | 5.0     |

  Rule: A SUBACK answers each topic filter, in order, with the granted QoS or a failure

    @iottestware:TP_MQTT_BROKER_SUBACK_005
    Scenario Outline: The broker answers a SUBSCRIBE of three filters with three codes in order (MQTT <version>)
      Given a client connected with MQTT <version>
      When the client subscribes to three filters at QoS 0, 1 and 2 in one SUBSCRIBE
      Then the broker grants each filter at most its requested QoS, in the order of the filters

      @req:mqtt-3.1.1:MQTT-3.9.3-1 @pics:mqtt.version=3.1.1
      Examples: MQTT 3.1.1
        | version |
        | 3.1.1   |

      @req:mqtt-5.0:MQTT-3.9.3-1 @pics:mqtt.version=5.0
      Examples: MQTT 5.0
        | version |
        | 5.0     |

  Rule: Wildcards at the start of a filter do not match topics that begin with $

    @paho:test_dollar_topics @iottestware:TP_MQTT_BROKER_FEAT_PUBSUB_004
    Scenario Outline: A monitor subscribed with a leading wildcard does not receive a reading on a $ topic (MQTT <version>)
      Given a monitor subscribed with MQTT <version> to the ward's readings with a leading wildcard
      When a patch publishes one reading on a topic that begins with $ and one on the ordinary topic
      Then the monitor receives only the reading on the ordinary topic

      @req:mqtt-3.1.1:MQTT-4.7.2-1 @pics:mqtt.version=3.1.1 @pics:mqtt.wildcards
      Examples: MQTT 3.1.1
        | version |
        | 3.1.1   |

      @req:mqtt-5.0:MQTT-4.7.2-1 @pics:mqtt.version=5.0 @pics:mqtt.wildcards
      Examples: MQTT 5.0
        | version |
        | 5.0     |

  Rule: A broker refuses a subscription whose topic filter breaks the topic rules
    A broker refuses with a failure code for the filter or by closing the connection. The refusal counts only beside
    another client of the same version whose subscription to a well-formed filter the broker granted.

    Scenario Outline: The broker refuses a subscription to a topic filter with <defect> (MQTT <version>)
      Given a client connected with MQTT <version>
      When the client subscribes to a topic filter with <defect>
      Then the broker refuses that subscription while it grants a well-formed one to another client

      @req:mqtt-3.1.1:MQTT-4.7.1-2 @pics:mqtt.version=3.1.1
      Examples: MQTT 3.1.1, multi-level wildcard
        | version | defect                                       |
        | 3.1.1   | a multi-level wildcard before its last level |
        | 3.1.1   | a multi-level wildcard sharing its level     |

      @req:mqtt-3.1.1:MQTT-4.7.1-3 @pics:mqtt.version=3.1.1
      Examples: MQTT 3.1.1, single-level wildcard
        | version | defect                                    |
        | 3.1.1   | a single-level wildcard sharing its level |

      @req:mqtt-3.1.1:MQTT-4.7.3-1 @pics:mqtt.version=3.1.1
      Examples: MQTT 3.1.1, empty filter
        | version | defect        |
        | 3.1.1   | no characters |

      @req:mqtt-3.1.1:MQTT-4.7.3-2 @pics:mqtt.version=3.1.1
      Examples: MQTT 3.1.1, null character
        | version | defect           |
        | 3.1.1   | a null character |

      @req:mqtt-5.0:MQTT-4.7.1-1 @pics:mqtt.version=5.0
      Examples: MQTT 5.0, multi-level wildcard
        | version | defect                                       |
        | 5.0     | a multi-level wildcard before its last level |
        | 5.0     | a multi-level wildcard sharing its level     |

      @req:mqtt-5.0:MQTT-4.7.1-2 @pics:mqtt.version=5.0
      Examples: MQTT 5.0, single-level wildcard
        | version | defect                                    |
        | 5.0     | a single-level wildcard sharing its level |

      @req:mqtt-5.0:MQTT-4.7.3-1 @pics:mqtt.version=5.0
      Examples: MQTT 5.0, empty filter
        | version | defect        |
        | 5.0     | no characters |

      @req:mqtt-5.0:MQTT-4.7.3-2 @pics:mqtt.version=5.0
      Examples: MQTT 5.0, null character
        | version | defect           |
        | 5.0     | a null character |

  Rule: An UNSUBSCRIBE deletes only the subscription whose filter it names exactly

    Scenario Outline: A monitor that unsubscribes from one patch's topic keeps its wildcard subscription (MQTT <version>)
      Given a monitor subscribed with MQTT <version> to every patch's readings through a single-level wildcard
      When the monitor unsubscribes from the first patch's readings by the patch's own topic
      And the first patch publishes a reading
      Then the monitor still receives the reading through its wildcard subscription

      @req:mqtt-3.1.1:MQTT-3.10.4-1 @pics:mqtt.version=3.1.1 @pics:mqtt.qos=1 @pics:mqtt.wildcards
      Examples: MQTT 3.1.1
        | version |
        | 3.1.1   |

      @req:mqtt-5.0:MQTT-3.10.4-1 @pics:mqtt.version=5.0 @pics:mqtt.qos=1 @pics:mqtt.wildcards
      Examples: MQTT 5.0
        | version |
        | 5.0     |

  Rule: A broker acknowledges an UNSUBSCRIBE that deletes no subscription

    Scenario Outline: The broker acknowledges an unsubscription from a filter the monitor never subscribed to (MQTT <version>)
      Given a monitor subscribed with MQTT <version> to every patch's readings through a single-level wildcard
      When the monitor unsubscribes from the first patch's readings by the patch's own topic
      Then the broker acknowledges the unsubscription although it deleted no subscription

      @req:mqtt-3.1.1:MQTT-3.10.4-5 @pics:mqtt.version=3.1.1 @pics:mqtt.wildcards
      Examples: MQTT 3.1.1
        | version |
        | 3.1.1   |

      @req:mqtt-5.0:MQTT-3.10.4-5 @pics:mqtt.version=5.0 @pics:mqtt.wildcards
      Examples: MQTT 5.0
        | version |
        | 5.0     |

  Rule: An UNSUBSCRIBE of several filters deletes each of them and is answered with one UNSUBACK

    Scenario Outline: A monitor that unsubscribes from two patches at once receives from neither, with one acknowledgement (MQTT <version>)
      Given a monitor subscribed with MQTT <version> to each of two patches' readings
      When the monitor unsubscribes from both patches' readings in one unsubscription
      And each patch publishes a reading
      Then the monitor receives neither reading
      And the broker answers the unsubscription with exactly one acknowledgement

      @req:mqtt-3.1.1:MQTT-3.10.4-6 @pics:mqtt.version=3.1.1 @pics:mqtt.qos=1
      Examples: MQTT 3.1.1
        | version |
        | 3.1.1   |

      @req:mqtt-5.0:MQTT-3.10.4-6 @pics:mqtt.version=5.0 @pics:mqtt.qos=1
      Examples: MQTT 5.0
        | version |
        | 5.0     |

  Rule: A SUBSCRIBE to a filter the client already subscribed to replaces that subscription

    Scenario Outline: A monitor that subscribes again at a higher QoS receives a new reading once, at that QoS (MQTT <version>)
      Given a monitor subscribed with MQTT <version> to the patch's readings at QoS 0
      When the monitor subscribes to the patch's readings again at QoS 1
      And the patch publishes a live reading at QoS 1
      Then the monitor receives the live reading once, at QoS 1

      @req:mqtt-3.1.1:MQTT-3.8.4-3 @pics:mqtt.version=3.1.1 @pics:mqtt.qos=1
      Examples: MQTT 3.1.1
        | version |
        | 3.1.1   |

      @req:mqtt-5.0:MQTT-3.8.4-3 @pics:mqtt.version=5.0 @pics:mqtt.qos=1
      Examples: MQTT 5.0
        | version |
        | 5.0     |

  Rule: A subscription replaced by a new SUBSCRIBE gets the retained messages again
    In MQTT 5.0 this holds for Retain Handling 0, which the scenario uses.

    Scenario Outline: A monitor that subscribes again to the same filter receives the retained reading again (MQTT <version>)
      Given a monitor of MQTT <version> that received the patch's retained reading when it subscribed
      When the monitor subscribes to the patch's readings again at QoS 0
      Then the monitor receives the retained reading again

      @req:mqtt-3.1.1:MQTT-3.8.4-3 @pics:mqtt.version=3.1.1 @pics:mqtt.retain @pics:mqtt.qos=1
      Examples: MQTT 3.1.1
        | version |
        | 3.1.1   |

      @req:mqtt-5.0:MQTT-3.8.4-4 @pics:mqtt.version=5.0 @pics:mqtt.retain @pics:mqtt.qos=1
      Examples: MQTT 5.0
        | version |
        | 5.0     |

  Rule: A broker matches topics character for character, without normalising them

    Scenario Outline: A monitor subscribed to a topic spelt with a combining accent does not receive a reading on its precomposed lookalike (MQTT <version>)
      Given a monitor subscribed with MQTT <version> to a topic whose accented letter is written as a letter and a combining accent
      When the patch publishes one reading on that topic and one on the topic spelt with the precomposed letter
      Then the monitor receives only the reading on the topic as it subscribed to it

      @req:mqtt-3.1.1:MQTT-4.7.3-4 @pics:mqtt.version=3.1.1 @pics:mqtt.qos=1
      Examples: MQTT 3.1.1
        | version |
        | 3.1.1   |

      @req:mqtt-5.0:MQTT-4.7.3-4 @pics:mqtt.version=5.0 @pics:mqtt.qos=1
      Examples: MQTT 5.0
        | version |
        | 5.0     |

  Rule: A SUBSCRIBE of several filters makes a subscription of each and is answered with one SUBACK

    Scenario Outline: A monitor that subscribes to two patches at once receives from both, with one acknowledgement (MQTT <version>)
      When a monitor of MQTT <version> subscribes to each of two patches' readings in one subscription
      And both patches publish a reading
      Then the monitor receives both readings
      And the broker answers the subscription with exactly one acknowledgement

      @req:mqtt-3.1.1:MQTT-3.8.4-4 @pics:mqtt.version=3.1.1 @pics:mqtt.qos=1
      Examples: MQTT 3.1.1
        | version |
        | 3.1.1   |

      @req:mqtt-5.0:MQTT-3.8.4-5 @pics:mqtt.version=5.0 @pics:mqtt.qos=1
      Examples: MQTT 5.0
        | version |
        | 5.0     |

  Rule: After an UNSUBSCRIBE the broker still completes the deliveries it had started for the filter

    Scenario Outline: A monitor that unsubscribed before acknowledging a reading receives it again when it resumes its session (MQTT <version>)
      Given a monitor with a persistent session of MQTT <version> that receives readings without acknowledging them
      When the monitor unsubscribes from the ward's readings
      And the monitor vanishes and comes back resuming its session
      Then the broker sends the unacknowledged readings again under their packet identifiers

      @req:mqtt-3.1.1:MQTT-3.10.4-3 @pics:mqtt.version=3.1.1 @pics:mqtt.sessions @pics:mqtt.qos=1
      Examples: MQTT 3.1.1
        | version |
        | 3.1.1   |

      @req:mqtt-5.0:MQTT-3.10.4-3 @pics:mqtt.version=5.0 @pics:mqtt.sessions @pics:mqtt.qos=1
      Examples: MQTT 5.0
        | version |
        | 5.0     |
