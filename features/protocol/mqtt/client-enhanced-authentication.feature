@device:temperature-patch
Feature: A reporting device authenticates by SCRAM-SHA-256 as MQTT 5.0 enhanced authentication asks
  A device that claims enhanced authentication names its Authentication Method (SCRAM-SHA-256) in
  every CONNECT, with its first SCRAM message as Authentication Data. The suite's broker plays the
  server's side: it answers with AUTH 0x18, checks the device's proof, and sends the CONNACK, with
  its own signature, half a second later. A device that claims re-authentication starts one on the
  same connection (AUTH 0x19) as often as it says. After the observation window the broker answers
  one CONNECT naming the method with an AUTH whose flags are 0001, and, to a device that
  re-authenticates, ends one re-authentication with Success but a signature that proves nothing;
  the device must close each of those connections. MQTT 3.1.1 has no AUTH.

  Background:
    Given the device has connected to the suite's broker

  Rule: Until its CONNACK, a client that named an Authentication Method sends only AUTH or DISCONNECT

    @req:mqtt-5.0:MQTT-3.1.2-30 @pics:mqtt.version=5.0 @pics:mqtt.enhancedAuthentication
    Scenario: The device waits for the CONNACK while it authenticates (MQTT 5.0)
      Then the device sent only AUTH or DISCONNECT between a CONNECT naming an Authentication Method and its CONNACK

  Rule: An AUTH is well-formed, carries a defined reason code, and its receiver closes on one that is not

    @req:mqtt-5.0:MQTT-3.15.1-1 @pics:mqtt.version=5.0 @pics:mqtt.enhancedAuthentication
    Scenario: The device's AUTH packets have flags 0000, and it closes on one that does not (MQTT 5.0)
      Then every AUTH of the device has fixed-header flags 0000, and it closes the connection on an AUTH with others

    @req:mqtt-5.0:MQTT-3.15.2-1 @pics:mqtt.version=5.0 @pics:mqtt.enhancedAuthentication
    Scenario: The device's AUTH packets carry defined Authenticate Reason Codes (MQTT 5.0)
      Then every AUTH of the device carries a defined Authenticate Reason Code

  Rule: A client continues an authentication with AUTH 0x18, under the method of its CONNECT

    @req:mqtt-5.0:MQTT-4.12.0-3 @pics:mqtt.version=5.0 @pics:mqtt.enhancedAuthentication
    Scenario: The device answers the broker's AUTH 0x18 with AUTH 0x18 (MQTT 5.0)
      Then the device answers each AUTH 0x18 of the broker with an AUTH 0x18

    @req:mqtt-5.0:MQTT-4.12.0-5 @pics:mqtt.version=5.0 @pics:mqtt.enhancedAuthentication
    Scenario: Every AUTH of the device names the method of its CONNECT (MQTT 5.0)
      Then every AUTH of the device names the Authentication Method of its connection's CONNECT

  Rule: A client that named no Authentication Method sends no AUTH

    @req:mqtt-5.0:MQTT-4.12.0-7 @pics:mqtt.version=5.0
    Scenario: The device sends no AUTH where its CONNECT named no method (MQTT 5.0)
      Then the device sends no AUTH on a connection whose CONNECT named no Authentication Method

  Rule: A client re-authenticates under the same method, and leaves when the re-authentication fails

    @req:mqtt-5.0:MQTT-4.12.1-1 @pics:mqtt.version=5.0 @pics:mqtt.enhancedAuthentication.reauthenticate
    Scenario: The device re-authenticates with the method of its CONNECT (MQTT 5.0)
      Then the device re-authenticates with the Authentication Method it authenticated the connection with

    @req:mqtt-5.0:MQTT-4.12.1-2 @pics:mqtt.version=5.0 @pics:mqtt.enhancedAuthentication.reauthenticate
    Scenario: The device closes the connection when its re-authentication fails (MQTT 5.0)
      Then the device closes the connection when the broker's last AUTH of a re-authentication proves nothing

  Rule: A client leaves a Reason String or User Property out of an AUTH it would make too large for the broker

    @req:mqtt-5.0:MQTT-3.15.2-2 @pics:mqtt.version=5.0 @pics:mqtt.enhancedAuthentication.reauthenticate
    Scenario: The device's AUTH stays within the broker's Maximum Packet Size despite a Reason String (MQTT 5.0)
      Then no AUTH of the device is larger than the broker's maximum packet size because of a Reason String

    @req:mqtt-5.0:MQTT-3.15.2-3 @pics:mqtt.version=5.0 @pics:mqtt.enhancedAuthentication.reauthenticate
    Scenario: The device's AUTH stays within the broker's Maximum Packet Size despite a User Property (MQTT 5.0)
      Then no AUTH of the device is larger than the broker's maximum packet size because of a User Property
