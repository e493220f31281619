@device:mqtt-broker
Feature: A broker forwards what one client publishes to one topic in the order it arrived
  Every topic is an ordered topic unless the broker is configured otherwise: messages one client publishes to one
  topic at one QoS reach each subscriber in the order the broker received them.

  Rule: Messages of one topic and QoS from one client are forwarded in the order they arrived

    Scenario Outline: A monitor receives ten readings in the order the patch published them (MQTT <version>)
      Given a monitor subscribed with MQTT <version> to a patch's readings at QoS 1
      When the patch publishes 10 readings at QoS 1, one after the other
      Then the monitor receives the readings in the order the patch published them

      @req:mqtt-3.1.1:MQTT-4.6.0-6 @pics:mqtt.version=3.1.1 @pics:mqtt.qos=1
      Examples: MQTT 3.1.1
        | version |
        | 3.1.1   |

      @req:mqtt-5.0:MQTT-4.6.0-5 @pics:mqtt.version=5.0 @pics:mqtt.qos=1
      Examples: MQTT 5.0
        | version |
        | 5.0     |

  Rule: Every topic is an ordered topic by default

    Scenario Outline: A topic the broker was not told about keeps the order of the readings published to it (MQTT <version>)
      Given a monitor subscribed with MQTT <version> to a patch's readings at QoS 1
      When the patch publishes 10 readings at QoS 1, one after the other
      Then the monitor receives the readings in the order the patch published them

      @req:mqtt-3.1.1:MQTT-4.6.0-5 @pics:mqtt.version=3.1.1 @pics:mqtt.qos=1
      Examples: MQTT 3.1.1
        | version |
        | 3.1.1   |

      @req:mqtt-5.0:MQTT-4.6.0-6 @pics:mqtt.version=5.0 @pics:mqtt.qos=1
      Examples: MQTT 5.0
        | version |
        | 5.0     |
