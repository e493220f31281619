@device:mqtt-broker
Feature: A broker without QoS 2 or retained messages says so and refuses a will it cannot carry
  An MQTT 5.0 broker may leave out QoS 2 (or QoS 1) and retained messages. These rules bind only such a broker, so
  they apply only to a profile that says what the broker leaves out: a qos list without 2, retain false. The broker
  tells each client the highest QoS it supports, still accepts subscriptions that ask for more (granting less), and
  refuses and closes a connection whose will it cannot carry. Which refusal code its CONNACK carries is its choice;
  the refusal and the close are not, and they are judged beside a client whose will it can carry.

  Rule: A broker without QoS 2 announces the highest QoS it supports in its CONNACK

    @req:mqtt-5.0:MQTT-3.2.2-9 @pics:mqtt.version=5.0 @pics:mqtt.qos!=2
    Scenario: A client is told the highest QoS a broker without QoS 2 supports
      When a client connects with MQTT 5.0
      Then the broker's CONNACK announces the highest QoS the broker supports as its Maximum QoS

  Rule: A broker without QoS 2 still accepts subscriptions that request QoS 0, 1 or 2

    @req:mqtt-5.0:MQTT-3.2.2-10 @pics:mqtt.version=5.0 @pics:mqtt.qos!=2
    Scenario: A broker without QoS 2 accepts subscriptions requesting QoS 0, 1 and 2
      Given a client connected with MQTT 5.0
      When the client subscribes to three filters at QoS 0, 1 and 2 in one SUBSCRIBE
      Then the broker accepts the subscription of every filter, whatever QoS it grants

  Rule: A broker refuses and closes a connection whose will asks for a QoS above the broker's maximum

    @req:mqtt-5.0:MQTT-3.2.2-12 @pics:mqtt.version=5.0 @pics:mqtt.qos!=2
    Scenario: A broker without QoS 2 refuses a client whose will is at QoS 2
      When a client connects with MQTT 5.0 leaving a will at QoS 2
      Then the broker refuses the client's connection and closes it, while it admits a client whose will it can carry

  Rule: A broker without retained messages refuses and closes a connection whose will is to be retained

    @req:mqtt-5.0:MQTT-3.2.2-13 @pics:mqtt.version=5.0 @pics:mqtt.retain!=true
    Scenario: A broker without retained messages refuses a client whose will is to be retained
      When a client connects with MQTT 5.0 leaving a will to be retained
      Then the broker refuses the client's connection and closes it, while it admits a client whose will it can carry
