@device:mqtt-broker
Feature: A broker completes the QoS flows and delivers at the right QoS

  Rule: A QoS 1 PUBLISH is acknowledged with a PUBACK carrying its packet identifier

    @iottestware:TP_MQTT_BROKER_PUBACK_002
    Scenario Outline: The broker acknowledges a QoS 1 reading (MQTT <version>)
      Given a client connected with MQTT <version>
      When the client publishes a reading at QoS 1
      Then the broker acknowledges it with a PUBACK for its packet identifier

      @req:mqtt-3.1.1:MQTT-3.3.4-1 @pics:mqtt.version=3.1.1 @pics:mqtt.qos=1
      Examples: MQTT 3.1.1
        | version |
        | 3.1.1   |

      @req:mqtt-5.0:MQTT-4.3.2-4 @pics:mqtt.version=5.0 @pics:mqtt.qos=1
      Examples: MQTT 5.0
        | version |
        | 5.0     |

  Rule: A QoS 2 PUBLISH is answered with a PUBREC carrying its packet identifier

    @iottestware:TP_MQTT_BROKER_PUBREC_002
    Scenario Outline: The broker receives a QoS 2 reading with a PUBREC (MQTT <version>)
      Given a client connected with MQTT <version>
      When the client publishes a reading at QoS 2
      Then the broker answers it with a PUBREC for its packet identifier

      @req:mqtt-3.1.1:MQTT-4.3.3-2 @pics:mqtt.version=3.1.1 @pics:mqtt.qos=2
      Examples: MQTT 3.1.1
        | version |
        | 3.1.1   |

      @req:mqtt-5.0:MQTT-4.3.3-8 @pics:mqtt.version=5.0 @pics:mqtt.qos=2
      Examples: MQTT 5.0
        | version |
        | 5.0     |

  Rule: A PUBREL is answered with a PUBCOMP carrying its packet identifier

    Scenario Outline: The broker completes a QoS 2 flow with a PUBCOMP (MQTT <version>)
      Given a client connected with MQTT <version>
      When the client publishes a reading at QoS 2
      Then the broker completes the flow with a PUBCOMP for its packet identifier

      @req:mqtt-3.1.1:MQTT-4.3.3-2 @pics:mqtt.version=3.1.1 @pics:mqtt.qos=2
      Examples: MQTT 3.1.1
        | version |
        | 3.1.1   |

      @req:mqtt-5.0:MQTT-4.3.3-11 @pics:mqtt.version=5.0 @pics:mqtt.qos=2
      Examples: MQTT 5.0
        | version |
        | 5.0     |

  Rule: A subscriber receives each message at the lower of the published and the granted QoS

    @paho:test_basic
    Scenario Outline: A monitor subscribed at QoS 2 receives readings at the QoS they were published with (MQTT <version>)
      Given a monitor subscribed with MQTT <version> to the ward's readings at QoS 2
      When a patch publishes readings at QoS 0, 1 and 2
      Then the monitor receives each reading at the QoS it was published with

      @req:mqtt-3.1.1:MQTT-3.8.4-6 @pics:mqtt.version=3.1.1 @pics:mqtt.qos=2
      Examples: MQTT 3.1.1
        | version |
        | 3.1.1   |

      @req:mqtt-5.0:MQTT-3.8.4-8 @pics:mqtt.version=5.0 @pics:mqtt.qos=2
      Examples: MQTT 5.0
        | version |
        | 5.0     |

    Scenario Outline: A monitor subscribed at QoS 0 receives every reading at QoS 0 (MQTT <version>)
      Given a monitor subscribed with MQTT <version> to the ward's readings at QoS 0
      When a patch publishes readings at QoS 0, 1 and 2
      Then the monitor receives every reading at QoS 0

      @req:mqtt-3.1.1:MQTT-3.8.4-6 @pics:mqtt.version=3.1.1 @pics:mqtt.qos=2
      Examples: MQTT 3.1.1
        | version |
        | 3.1.1   |

      @req:mqtt-5.0:MQTT-3.8.4-8 @pics:mqtt.version=5.0 @pics:mqtt.qos=2
      Examples: MQTT 5.0
        | version |
        | 5.0     |
