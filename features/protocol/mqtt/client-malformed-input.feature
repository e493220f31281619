@device:temperature-patch
Feature: A reporting device closes a connection on which its broker breaks the protocol
  The device under test is an MQTT client. After the observation window the suite's broker sends it, one per
  connection, packets a correct broker never sends: on the connection open then after the device's next packet, on
  each later one right after its CONNACK. From then on the broker answers nothing there; the device must close the
  connection, and the broker closes it itself when the device still holds it two seconds later.

  Background:
    Given the device has connected to the suite's broker

  Rule: In MQTT 3.1.1 a receiver closes the connection on a PUBLISH with both QoS bits set

    @req:mqtt-3.1.1:MQTT-3.3.1-4 @pics:mqtt.version=3.1.1
    Scenario: The device closes the connection on a PUBLISH at QoS 3 (MQTT 3.1.1)
      Then the device closes the connection on which the broker sent it a PUBLISH with both QoS bits set

  Rule: In MQTT 5.0 the connection is closed wherever a reason code of 0x80 or above applies
    A PUBLISH with both QoS bits set is malformed (reason code 0x81).

    @req:mqtt-5.0:MQTT-4.13.2-1 @pics:mqtt.version=5.0
    Scenario: The device closes the connection on a malformed packet, to which reason code 0x81 applies
      Then the device closes the connection on which the broker sent it a PUBLISH with both QoS bits set

  Rule: In MQTT 3.1.1 a receiver closes the connection on invalid fixed-header flags

    @req:mqtt-3.1.1:MQTT-2.2.2-2 @pics:mqtt.version=3.1.1
    Scenario: The device closes the connection on a PUBACK with wrong header flags
      Then the device closes the connection on which the broker sent it a PUBACK with wrong header flags

  Rule: In MQTT 3.1.1 a client closes the connection on a protocol violation

    @req:mqtt-3.1.1:MQTT-4.8.0-1 @pics:mqtt.version=3.1.1
    Scenario: The device closes the connection on a second CONNACK
      Then the device closes the connection on which the broker sent it a second CONNACK

  Rule: In MQTT 5.0 a DISCONNECT with reserved bits set is malformed

    @req:mqtt-5.0:MQTT-3.14.1-1 @pics:mqtt.version=5.0
    Scenario: The device closes the connection on a DISCONNECT with wrong header flags
      Then the device closes the connection on which the broker sent it a DISCONNECT with wrong header flags
