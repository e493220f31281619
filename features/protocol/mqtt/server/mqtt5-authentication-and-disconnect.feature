@device:mqtt-broker
Feature: An MQTT 5.0 broker answers authentication it does not offer, and ends connections by the rules
  Enhanced authentication is optional: a broker without a method of its own must refuse a client that asks for one,
  and must never start it with a client that did not. A broker that ends a connection may first say why in a
  DISCONNECT, but only on a connection it admitted, with a reason code of the table, and with nothing after it.

  Rule: A broker that does not support a client's authentication method closes the connection

    @req:mqtt-5.0:MQTT-4.12.0-1 @pics:mqtt.version=5.0
    Scenario: The broker closes a connection that asks for an authentication method it does not support
      When a client connects with MQTT 5.0 naming an authentication method the broker does not support
      Then the broker closes the client's connection unless it takes the method up

  Rule: A broker does not start enhanced authentication with a client that named no method

    @req:mqtt-5.0:MQTT-4.12.0-6 @pics:mqtt.version=5.0
    Scenario: The broker admits a client that names no authentication method without any authentication exchange
      Given a client subscribed with MQTT 5.0 to its readings without naming an authentication method
      Then the broker neither names an authentication method in its CONNACK nor sends AUTH before the client's reading comes back

  Rule: A broker sends DISCONNECT only on a connection it admitted

    @req:mqtt-5.0:MQTT-3.14.0-1 @pics:mqtt.version=5.0
    Scenario: The broker refuses a client without sending it a DISCONNECT
      When a client connects with MQTT 5.0 naming an authentication method the broker does not support
      Then the broker ends the client's connection without a DISCONNECT before admitting it

  Rule: After its DISCONNECT a broker sends nothing more and closes the connection

    @req:mqtt-5.0:MQTT-3.14.4-1 @pics:mqtt.version=5.0
    Scenario: The broker sends nothing after the DISCONNECT that ends a connection for a protocol error
      Given a client connected with MQTT 5.0
      When the client publishes a reading with topic alias 0
      Then the broker sends nothing after its DISCONNECT

    @req:mqtt-5.0:MQTT-3.14.4-2 @pics:mqtt.version=5.0
    Scenario: The broker closes the connection after the DISCONNECT that ends it for a protocol error
      Given a client connected with MQTT 5.0
      When the client publishes a reading with topic alias 0
      Then the broker closes the client's connection after its DISCONNECT

  Rule: A broker's reason codes are those the specification defines

    @req:mqtt-5.0:MQTT-3.2.2-8 @pics:mqtt.version=5.0
    Scenario: The broker's CONNACKs carry defined reason codes, refusing or admitting
      When a client connects with MQTT 5.0 naming an authentication method the broker does not support
      Then every CONNACK the broker sends, to that client and to a client it admits, carries a reason code defined for it

    @req:mqtt-5.0:MQTT-3.4.2-1 @pics:mqtt.version=5.0
    Scenario: The broker acknowledges a QoS 1 reading with a defined PUBACK reason code
      Given a client connected with MQTT 5.0
      When the client publishes a reading at QoS 1
      Then the broker's PUBACK carries a reason code defined for it

    @req:mqtt-5.0:MQTT-3.14.2-1 @pics:mqtt.version=5.0
    Scenario: The broker's DISCONNECT for a protocol error carries a defined reason code
      Given a client connected with MQTT 5.0
      When the client publishes a reading with topic alias 0
      Then the broker's DISCONNECT, if it sends one, carries a reason code defined for it

  Rule: A broker closes every connection to which a reason code of 0x80 or above applies

    @req:mqtt-5.0:MQTT-4.13.2-1 @pics:mqtt.version=5.0
    Scenario: The broker closes a connection it refuses for an authentication method it does not support
      When a client connects with MQTT 5.0 naming an authentication method the broker does not support
      Then the broker closes the client's connection after its failure code, while it answers an admitted client

    @req:mqtt-5.0:MQTT-4.13.2-1 @pics:mqtt.version=5.0
    Scenario: The broker closes a connection it ends for a protocol error
      Given a client connected with MQTT 5.0
      When the client publishes a reading with topic alias 0
      Then the broker closes the client's connection after its failure code, while it answers an admitted client
