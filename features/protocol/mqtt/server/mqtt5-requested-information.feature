@device:mqtt-broker
Feature: A broker tells an MQTT 5.0 client only what the client asked to be told
  In its CONNECT an MQTT 5.0 client says whether it wants Response Information in the CONNACK and whether it wants the
  Reason Strings and User Properties that explain a problem. The suite asks for neither and judges what the broker
  sends on that connection.

  Rule: Without Request Response Information the CONNACK carries no Response Information

    @req:mqtt-5.0:MQTT-3.1.2-28 @pics:mqtt.version=5.0
    Scenario: A client that asks for no response information gets none in its CONNACK
      When a client connects with MQTT 5.0 asking for no response information
      Then the broker's CONNACK carries no Response Information

  Rule: With Request Problem Information 0 only PUBLISH, CONNACK and DISCONNECT may carry a Reason String or User Property

    @req:mqtt-5.0:MQTT-3.1.2-29 @pics:mqtt.version=5.0
    Scenario: A client that asks for no problem information gets acknowledgements without Reason Strings or User Properties
      Given a client connected with MQTT 5.0 asking for no problem information
      When the client draws every kind of acknowledgement from the broker
      Then no acknowledgement the broker sent the client carries a Reason String or User Property
