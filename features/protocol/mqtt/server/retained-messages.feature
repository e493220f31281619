@device:mqtt-broker
Feature: A broker keeps the last retained reading of a topic for new subscribers

  Rule: A new subscription receives the retained messages of the topics it matches

    @paho:test_retained_messages @iottestware:TP_MQTT_BROKER_FEAT_RTND_002
    Scenario Outline: A monitor subscribing late receives the retained readings (MQTT <version>)
      Given patches have published retained readings at QoS 0, 1 and 2 with MQTT <version>
      When a monitor subscribes to the ward's readings with a wildcard
      Then the monitor receives the retained readings of QoS 1 and 2, the QoS 0 one being the broker's to keep or discard

      @req:mqtt-3.1.1:MQTT-3.3.1-6 @pics:mqtt.version=3.1.1 @pics:mqtt.retain @pics:mqtt.wildcards
      Examples: MQTT 3.1.1
        | version |
        | 3.1.1   |

      @req:mqtt-5.0:MQTT-3.3.1-9 @pics:mqtt.version=5.0 @pics:mqtt.retain @pics:mqtt.wildcards
      Examples: MQTT 5.0
        | version |
        | 5.0     |

      @req:mqtt-3.1.1:MQTT-3.1.2-7 @pics:mqtt.version=3.1.1 @pics:mqtt.retain @pics:mqtt.wildcards
      Examples: MQTT 3.1.1, the retained readings outliving the session of the patches that published them
        | version |
        | 3.1.1   |

  Rule: A retained message sent because of a new subscription has the RETAIN flag set
    MQTT 5.0 gives the flag in the same paragraph as the statement that the broker sends the retained messages on a
    new subscription, without a number of its own: a delivery without the flag is not sent as a retained message.

    Scenario Outline: The retained reading a late monitor receives is marked retained (MQTT <version>)
      Given patches have published retained readings at QoS 0, 1 and 2 with MQTT <version>
      When a monitor subscribes to the ward's readings with a wildcard
      Then the readings the monitor receives are marked retained

      @req:mqtt-3.1.1:MQTT-3.3.1-8 @pics:mqtt.version=3.1.1 @pics:mqtt.retain @pics:mqtt.wildcards
      Examples: MQTT 3.1.1
        | version |
        | 3.1.1   |

      @req:mqtt-5.0:MQTT-3.3.1-9 @pics:mqtt.version=5.0 @pics:mqtt.retain @pics:mqtt.wildcards
      Examples: MQTT 5.0
        | version |
        | 5.0     |

  Rule: A newer retained message replaces the retained message of its topic

    @iottestware:TP_MQTT_BROKER_FEAT_RTND_002
    Scenario Outline: A monitor subscribing late receives only the newest retained reading (MQTT <version>)
      Given a patch has published two retained readings in turn with MQTT <version>
      When a monitor subscribes to the patch's topic
      Then the monitor receives only the newer retained reading

      @req:mqtt-3.1.1:MQTT-3.3.1-5 @pics:mqtt.version=3.1.1 @pics:mqtt.retain
      Examples: MQTT 3.1.1
        | version |
        | 3.1.1   |

      @req:mqtt-5.0:MQTT-3.3.1-5 @pics:mqtt.version=5.0 @pics:mqtt.retain
      Examples: MQTT 5.0
        | version |
        | 5.0     |

  Rule: A message delivered to an existing subscription is not marked retained

    @iottestware:TP_MQTT_BROKER_FEAT_RTND_003
    Scenario Outline: A monitor already subscribed receives a retained reading unmarked (MQTT <version>)
      Given a monitor subscribed with MQTT <version> to the ward's readings at QoS 1
      When a patch publishes a retained reading
      Then the monitor receives the reading not marked retained

      @req:mqtt-3.1.1:MQTT-3.3.1-9 @pics:mqtt.version=3.1.1 @pics:mqtt.retain
      Examples: MQTT 3.1.1
        | version |
        | 3.1.1   |

      @req:mqtt-5.0:MQTT-3.3.1-12 @pics:mqtt.version=5.0 @pics:mqtt.retain
      Examples: MQTT 5.0
        | version |
        | 5.0     |

  Rule: A retained message with an empty payload clears the retained message of its topic

    @paho:test_retained_messages @iottestware:TP_MQTT_BROKER_FEAT_RTND_005
    Scenario Outline: A monitor subscribing after the retained reading was cleared receives nothing retained (MQTT <version>)
      Given a patch has published a retained reading with MQTT <version>
      When the patch clears its retained reading
      And a monitor subscribes to the patch's topic
      Then the monitor receives no retained reading

      @req:mqtt-3.1.1:MQTT-3.3.1-10 @pics:mqtt.version=3.1.1 @pics:mqtt.retain
      Examples: MQTT 3.1.1
        | version |
        | 3.1.1   |

      @req:mqtt-5.0:MQTT-3.3.1-6 @pics:mqtt.version=5.0 @pics:mqtt.retain
      Examples: MQTT 5.0
        | version |
        | 5.0     |

  Rule: A message published without RETAIN leaves the retained message of its topic alone

    @iottestware:TP_MQTT_BROKER_FEAT_RTND_006
    Scenario Outline: A non-retained reading does not replace the retained one (MQTT <version>)
      Given a patch has published a retained reading with MQTT <version>
      When the patch publishes a reading that is not retained
      And a monitor subscribes to the patch's topic
      Then the monitor receives only the retained reading

      @req:mqtt-3.1.1:MQTT-3.3.1-12 @pics:mqtt.version=3.1.1 @pics:mqtt.retain
      Examples: MQTT 3.1.1
        | version |
        | 3.1.1   |

      @req:mqtt-5.0:MQTT-3.3.1-8 @pics:mqtt.version=5.0 @pics:mqtt.retain
      Examples: MQTT 5.0
        | version |
        | 5.0     |

  Rule: A retained message with an empty payload is never stored

    Scenario Outline: A monitor subscribing after an empty retained message receives nothing for it (MQTT <version>)
      Given a patch has published a retained message with an empty payload with MQTT <version>
      And the patch has published a retained reading to another topic
      When a monitor subscribes to the topic of the empty message, then to the other topic
      Then the monitor receives the retained reading but nothing for the empty message

      @req:mqtt-3.1.1:MQTT-3.3.1-11 @pics:mqtt.version=3.1.1 @pics:mqtt.retain
      Examples: MQTT 3.1.1
        | version |
        | 3.1.1   |

      @req:mqtt-5.0:MQTT-3.3.1-7 @pics:mqtt.version=5.0 @pics:mqtt.retain
      Examples: MQTT 5.0
        | version |
        | 5.0     |

  Rule: A retained message at QoS 0 discards the retained message of its topic

    @req:mqtt-3.1.1:MQTT-3.3.1-7 @pics:mqtt.version=3.1.1 @pics:mqtt.retain
    Scenario: A monitor subscribing after a retained reading at QoS 0 does not receive the retained reading before it
      Given a patch has published a retained reading with MQTT 3.1.1
      When the patch publishes a newer retained reading at QoS 0
      And a monitor subscribes to the patch's topic
      Then the monitor does not receive the older retained reading
