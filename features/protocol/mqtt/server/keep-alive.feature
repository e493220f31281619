@device:mqtt-broker
Feature: A broker enforces the Keep Alive a client declares and answers its pings
  The Keep Alive of the silent client comes from the profile (timers.keepAlive), so that a lab can shorten it.

  Rule: A client silent for one and a half Keep Alive periods is disconnected

    @paho:test_keepalive @iottestware:TP_MQTT_BROKER_FEAT_KEEPALIVE_001
    Scenario Outline: The broker disconnects a client that stays silent past its Keep Alive (MQTT <version>)
      Given a client connected with MQTT <version> declaring a short Keep Alive
      When the client stays silent
      Then the broker closes the client's connection within one and a half Keep Alive periods

      @req:mqtt-3.1.1:MQTT-3.1.2-24 @pics:mqtt.version=3.1.1
      Examples: MQTT 3.1.1
        | version |
        | 3.1.1   |

      @req:mqtt-5.0:MQTT-3.1.2-22 @pics:mqtt.version=5.0
      Examples: MQTT 5.0
        | version |
        | 5.0     |

  Rule: In MQTT 5.0 a broker that names no Server Keep Alive applies the client's Keep Alive

    @req:mqtt-5.0:MQTT-3.2.2-22 @pics:mqtt.version=5.0
    Scenario: The broker holds a silent client to the Keep Alive the client declared
      Given a client connected with MQTT 5.0 declaring a short Keep Alive
      When the client stays silent
      Then the broker, naming no Server Keep Alive, closes the client's connection within one and a half of its Keep Alive periods

  Rule: A PINGREQ is answered with a PINGRESP

    @iottestware:TP_MQTT_BROKER_PINGRESP_001
    Scenario Outline: The broker answers a ping (MQTT <version>)
      Given a client connected with MQTT <version>
      When the client pings the broker
      Then the broker answers the ping

      @req:mqtt-3.1.1:MQTT-3.12.4-1 @pics:mqtt.version=3.1.1
      Examples: MQTT 3.1.1
        | version |
        | 3.1.1   |

      @req:mqtt-5.0:MQTT-3.12.4-1 @pics:mqtt.version=5.0
      Examples: MQTT 5.0
        | version |
        | 5.0     |
