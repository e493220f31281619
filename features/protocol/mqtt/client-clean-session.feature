@device:temperature-patch
Feature: A reporting device that asks for a clean session starts afresh on every connection
  A device that claims clean sessions asks for a clean start in every CONNECT (3.1.1 CleanSession 1, 5.0 Clean
  Start 1): each connection begins a new session that keeps nothing of the one before. Inside the observation window
  the suite's broker leaves one reading unacknowledged and drops the connection, as a network loss would; on the
  device's next connection that reading is gone with the session it belonged to. After the window the broker once
  answers a clean start with a CONNACK that says a session is present, which the device cannot hold.

  Background:
    Given the device has connected to the suite's broker

  Rule: A clean start discards the session before and begins a new one

    Scenario Outline: The device sends nothing of an earlier connection again after a clean start (MQTT <version>)
      Given the broker lost the connection while a reading awaited its acknowledgement
      Then on its next connection, with a clean start, the device sends nothing of the earlier connection again

      @req:mqtt-3.1.1:MQTT-3.1.2-6 @pics:mqtt.version=3.1.1 @pics:mqtt.qos!=0 @pics:mqtt.session=clean
      Examples: MQTT 3.1.1, CleanSession 1
        | version |
        | 3.1.1   |

      @req:mqtt-5.0:MQTT-3.1.2-4 @pics:mqtt.version=5.0 @pics:mqtt.qos!=0 @pics:mqtt.session=clean
      Examples: MQTT 5.0, Clean Start 1
        | version |
        | 5.0     |

  Rule: In MQTT 5.0 a client without session state that meets Session Present 1 closes the connection

    @req:mqtt-5.0:MQTT-3.2.2-4 @pics:mqtt.version=5.0 @pics:mqtt.session=clean
    Scenario: The device leaves a connection whose CONNACK says a session is present after its clean start
      Then when the broker answers a clean start with a session present, the device leaves that connection
