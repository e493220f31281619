@device:mqtt-broker
Feature: The packets a broker sends are well formed
  Every scenario judges the frames the broker sent during one ordinary exchange, read from their bytes: a client
  connects, subscribes to three filters at QoS 0, 1 and 2 in one request and to one more at QoS 2 in another,
  publishes at each QoS to its own subscriptions, unsubscribes from two filters it holds beside one it never held, and pings the
  broker; with MQTT 5.0 it then publishes with topic alias 0, a protocol error the broker ends the connection for.

  Rule: The broker sets the reserved flag bits of every packet it sends as prescribed (MQTT 3.1.1)

    @req:mqtt-3.1.1:MQTT-2.2.2-1 @pics:mqtt.version=3.1.1 @pics:mqtt.qos=2
    Scenario: Every packet the broker sends carries the flags its type prescribes (MQTT 3.1.1)
      When a client goes through an ordinary exchange with the broker in MQTT 3.1.1
      Then every packet the broker sent carries the fixed-header flags its type prescribes

  Rule: A PUBREL the broker sends carries the flags 0010 (MQTT 3.1.1)

    @req:mqtt-3.1.1:MQTT-3.6.1-1 @pics:mqtt.version=3.1.1 @pics:mqtt.qos=2
    Scenario: The broker's release of a QoS 2 delivery carries its prescribed flags (MQTT 3.1.1)
      When a client goes through an ordinary exchange with the broker in MQTT 3.1.1
      Then every release the broker sent carries the flags a release prescribes

  Rule: The broker delivers a QoS 0 message with DUP 0 (MQTT 3.1.1)

    @req:mqtt-3.1.1:MQTT-4.3.1-1 @pics:mqtt.version=3.1.1 @pics:mqtt.qos=2
    Scenario: The broker's QoS 0 deliveries are never marked as duplicates (MQTT 3.1.1)
      When a client goes through an ordinary exchange with the broker in MQTT 3.1.1
      Then every message the broker delivered at QoS 0 is marked as a first delivery

  Rule: The broker answers every SUBSCRIBE with a SUBACK (MQTT 3.1.1)

    @req:mqtt-3.1.1:MQTT-3.8.4-1 @pics:mqtt.version=3.1.1 @pics:mqtt.qos=2
    Scenario: The broker acknowledges each of a client's subscription requests (MQTT 3.1.1)
      When a client goes through an ordinary exchange with the broker in MQTT 3.1.1
      Then the broker acknowledged every subscription request

  Rule: A SUBACK carries one code per filter of its SUBSCRIBE (MQTT 3.1.1)

    @req:mqtt-3.1.1:MQTT-3.8.4-5 @pics:mqtt.version=3.1.1 @pics:mqtt.qos=2
    Scenario: The broker answers a subscription request of several filters with one code per filter (MQTT 3.1.1)
      When a client goes through an ordinary exchange with the broker in MQTT 3.1.1
      Then the broker answered each filter of a subscription request with one code

  Rule: A SUBACK carries only the return codes MQTT 3.1.1 defines (MQTT 3.1.1)

    @req:mqtt-3.1.1:MQTT-3.9.3-2 @pics:mqtt.version=3.1.1 @pics:mqtt.qos=2
    Scenario: The broker's subscription acknowledgements carry only defined codes (MQTT 3.1.1)
      When a client goes through an ordinary exchange with the broker in MQTT 3.1.1
      Then every code the broker sent in a subscription acknowledgement is one the version defines

  Rule: The broker sets the reserved flag bits of every packet it sends as prescribed (MQTT 5.0)

    @req:mqtt-5.0:MQTT-2.1.3-1 @pics:mqtt.version=5.0 @pics:mqtt.qos=2
    Scenario: Every packet the broker sends carries the flags its type prescribes (MQTT 5.0)
      When a client goes through an ordinary exchange with the broker in MQTT 5.0
      Then every packet the broker sent carries the fixed-header flags its type prescribes

  Rule: A PUBREL the broker sends carries the flags 0010 (MQTT 5.0)

    @req:mqtt-5.0:MQTT-3.6.1-1 @pics:mqtt.version=5.0 @pics:mqtt.qos=2
    Scenario: The broker's release of a QoS 2 delivery carries its prescribed flags (MQTT 5.0)
      When a client goes through an ordinary exchange with the broker in MQTT 5.0
      Then every release the broker sent carries the flags a release prescribes

  Rule: The broker delivers a QoS 0 message with DUP 0 (MQTT 5.0)

    @req:mqtt-5.0:MQTT-4.3.1-1 @pics:mqtt.version=5.0 @pics:mqtt.qos=2
    Scenario: The broker's QoS 0 deliveries are never marked as duplicates (MQTT 5.0)
      When a client goes through an ordinary exchange with the broker in MQTT 5.0
      Then every message the broker delivered at QoS 0 is marked as a first delivery

  Rule: The broker sends a CONNACK before any packet other than AUTH (MQTT 5.0)

    @req:mqtt-5.0:MQTT-3.2.0-1 @pics:mqtt.version=5.0 @pics:mqtt.qos=2
    Scenario: The broker acknowledges a connection before it sends anything but authentication (MQTT 5.0)
      When a client goes through an ordinary exchange with the broker in MQTT 5.0
      Then the first packet the broker sent on each connection is its connection acknowledgement

  Rule: The broker sends at most one CONNACK on a connection (MQTT 5.0)

    @req:mqtt-5.0:MQTT-3.2.0-2 @pics:mqtt.version=5.0 @pics:mqtt.qos=2
    Scenario: The broker acknowledges a connection only once (MQTT 5.0)
      When a client goes through an ordinary exchange with the broker in MQTT 5.0
      Then the broker acknowledged each connection once

  Rule: Bits 7 to 1 of the CONNACK's acknowledge flags are 0 (MQTT 5.0)

    @req:mqtt-5.0:MQTT-3.2.2-1 @pics:mqtt.version=5.0 @pics:mqtt.qos=2
    Scenario: The broker's connection acknowledgement leaves its reserved flag bits clear (MQTT 5.0)
      When a client goes through an ordinary exchange with the broker in MQTT 5.0
      Then the reserved bits of every connection acknowledgement are clear

  Rule: The broker encodes each Variable Byte Integer in as few bytes as its value needs (MQTT 5.0)

    @req:mqtt-5.0:MQTT-1.5.5-1 @pics:mqtt.version=5.0 @pics:mqtt.qos=2
    Scenario: The broker encodes its lengths in the fewest bytes (MQTT 5.0)
      When a client goes through an ordinary exchange with the broker in MQTT 5.0
      Then every length the broker encoded takes no more bytes than its value needs

  Rule: The broker answers every SUBSCRIBE with a SUBACK (MQTT 5.0)

    @req:mqtt-5.0:MQTT-3.8.4-1 @pics:mqtt.version=5.0 @pics:mqtt.qos=2
    Scenario: The broker acknowledges each of a client's subscription requests (MQTT 5.0)
      When a client goes through an ordinary exchange with the broker in MQTT 5.0
      Then the broker acknowledged every subscription request

  Rule: A SUBACK carries one code per filter of its SUBSCRIBE (MQTT 5.0)

    @req:mqtt-5.0:MQTT-3.8.4-6 @pics:mqtt.version=5.0 @pics:mqtt.qos=2
    Scenario: The broker answers a subscription request of several filters with one code per filter (MQTT 5.0)
      When a client goes through an ordinary exchange with the broker in MQTT 5.0
      Then the broker answered each filter of a subscription request with one code

  Rule: A SUBACK carries only the Subscribe Reason Codes MQTT 5.0 defines (MQTT 5.0)

    @req:mqtt-5.0:MQTT-3.9.3-2 @pics:mqtt.version=5.0 @pics:mqtt.qos=2
    Scenario: The broker's subscription acknowledgements carry only defined codes (MQTT 5.0)
      When a client goes through an ordinary exchange with the broker in MQTT 5.0
      Then every code the broker sent in a subscription acknowledgement is one the version defines

  Rule: The codes of an UNSUBACK follow the order of the UNSUBSCRIBE's filters (MQTT 5.0)

    @req:mqtt-5.0:MQTT-3.11.3-1 @pics:mqtt.version=5.0 @pics:mqtt.qos=2
    Scenario: The broker answers the filters of an unsubscription in their order (MQTT 5.0)
      When a client goes through an ordinary exchange with the broker in MQTT 5.0
      Then the broker's unsubscription codes follow the order of the filters

  Rule: An UNSUBACK carries only the Unsubscribe Reason Codes MQTT 5.0 defines (MQTT 5.0)

    @req:mqtt-5.0:MQTT-3.11.3-2 @pics:mqtt.version=5.0 @pics:mqtt.qos=2
    Scenario: The broker's unsubscription acknowledgements carry only defined codes (MQTT 5.0)
      When a client goes through an ordinary exchange with the broker in MQTT 5.0
      Then every code the broker sent in an unsubscription acknowledgement is a defined one

  Rule: A DISCONNECT the broker sends names no Session Expiry Interval (MQTT 5.0)

    @req:mqtt-5.0:MQTT-3.14.2-2 @pics:mqtt.version=5.0 @pics:mqtt.qos=2
    Scenario: The broker's DISCONNECT after a protocol error names no session expiry (MQTT 5.0)
      When a client goes through an ordinary exchange with the broker in MQTT 5.0
      Then the broker's disconnection carries no session expiry

  Rule: A PUBREC the broker sends carries a defined PUBREC reason code (MQTT 5.0)

    @req:mqtt-5.0:MQTT-3.5.2-1 @pics:mqtt.version=5.0 @pics:mqtt.qos=2
    Scenario: The broker's receipt of a QoS 2 message carries a defined reason code (MQTT 5.0)
      When a client goes through an ordinary exchange with the broker in MQTT 5.0
      Then every receipt the broker sent for a QoS 2 message carries a reason code defined for it

  Rule: A PUBREL the broker sends carries a defined PUBREL reason code (MQTT 5.0)

    @req:mqtt-5.0:MQTT-3.6.2-1 @pics:mqtt.version=5.0 @pics:mqtt.qos=2
    Scenario: The broker's release of a QoS 2 delivery carries a defined reason code (MQTT 5.0)
      When a client goes through an ordinary exchange with the broker in MQTT 5.0
      Then every release the broker sent for a QoS 2 message carries a reason code defined for it

  Rule: A PUBCOMP the broker sends carries a defined PUBCOMP reason code (MQTT 5.0)

    @req:mqtt-5.0:MQTT-3.7.2-1 @pics:mqtt.version=5.0 @pics:mqtt.qos=2
    Scenario: The broker's completion of a QoS 2 flow carries a defined reason code (MQTT 5.0)
      When a client goes through an ordinary exchange with the broker in MQTT 5.0
      Then every completion the broker sent for a QoS 2 message carries a reason code defined for it

  Rule: Each SUBACK code grants at most the QoS its filter asked for, or reports a failure (MQTT 5.0)

    @req:mqtt-5.0:MQTT-3.8.4-7 @pics:mqtt.version=5.0 @pics:mqtt.qos=2
    Scenario: The broker grants no subscription a higher QoS than asked for (MQTT 5.0)
      When a client goes through an ordinary exchange with the broker in MQTT 5.0
      Then each code of a subscription acknowledgement grants at most the QoS asked for, or reports a failure

  Rule: A QoS 0 PUBLISH the broker sends carries no packet identifier

    @req:mqtt-3.1.1:MQTT-2.3.1-5 @pics:mqtt.version=3.1.1 @pics:mqtt.qos=2
    Scenario: The broker's QoS 0 deliveries carry no packet identifier (MQTT 3.1.1)
      When a client goes through an ordinary exchange with the broker in MQTT 3.1.1
      Then no message the broker delivered at QoS 0 carries a packet identifier

    @req:mqtt-5.0:MQTT-2.2.1-2 @pics:mqtt.version=5.0 @pics:mqtt.qos=2
    Scenario: The broker's QoS 0 deliveries carry no packet identifier (MQTT 5.0)
      When a client goes through an ordinary exchange with the broker in MQTT 5.0
      Then no message the broker delivered at QoS 0 carries a packet identifier

  Rule: The topic name of a PUBLISH the broker sends is a UTF-8 string

    @req:mqtt-3.1.1:MQTT-3.3.2-1 @pics:mqtt.version=3.1.1 @pics:mqtt.qos=2
    Scenario: The broker names the topic of each delivery in UTF-8 (MQTT 3.1.1)
      When a client goes through an ordinary exchange with the broker in MQTT 3.1.1
      Then the topic name of every message the broker delivered is a UTF-8 string

    @req:mqtt-5.0:MQTT-3.3.2-1 @pics:mqtt.version=5.0 @pics:mqtt.qos=2
    Scenario: The broker names the topic of each delivery in UTF-8 (MQTT 5.0)
      When a client goes through an ordinary exchange with the broker in MQTT 5.0
      Then the topic name of every message the broker delivered is a UTF-8 string

  Rule: The topic name of a PUBLISH the broker sends holds no wildcard

    @req:mqtt-3.1.1:MQTT-4.7.1-1 @pics:mqtt.version=3.1.1 @pics:mqtt.qos=2
    Scenario: The broker delivers under topic names without wildcards (MQTT 3.1.1)
      When a client goes through an ordinary exchange with the broker in MQTT 3.1.1
      Then no topic name of a message the broker delivered holds a wildcard

    @req:mqtt-5.0:MQTT-4.7.0-1 @pics:mqtt.version=5.0 @pics:mqtt.qos=2
    Scenario: The broker delivers under topic names without wildcards (MQTT 5.0)
      When a client goes through an ordinary exchange with the broker in MQTT 5.0
      Then no topic name of a message the broker delivered holds a wildcard

  Rule: The broker's acknowledgements of a QoS flow carry the packet identifier of its PUBLISH

    @req:mqtt-3.1.1:MQTT-2.3.1-6 @pics:mqtt.version=3.1.1 @pics:mqtt.qos=2
    Scenario: The broker's acknowledgements name the message they belong to (MQTT 3.1.1)
      When a client goes through an ordinary exchange with the broker in MQTT 3.1.1
      Then every acknowledgement the broker sent carries the packet identifier of the message it belongs to

    @req:mqtt-5.0:MQTT-2.2.1-5 @pics:mqtt.version=5.0 @pics:mqtt.qos=2
    Scenario: The broker's acknowledgements name the message they belong to (MQTT 5.0)
      When a client goes through an ordinary exchange with the broker in MQTT 5.0
      Then every acknowledgement the broker sent carries the packet identifier of the message it belongs to

  Rule: The broker answers a client's PUBLISH with the packet its QoS requires (MQTT 5.0)

    @req:mqtt-5.0:MQTT-3.3.4-1 @pics:mqtt.version=5.0 @pics:mqtt.qos=2
    Scenario: The broker acknowledges a QoS 1 message with PUBACK and receives a QoS 2 message with PUBREC (MQTT 5.0)
      When a client goes through an ordinary exchange with the broker in MQTT 5.0
      Then the broker answered each of the client's messages with the acknowledgement its QoS requires

  Rule: The broker sends no PUBLISH with topic alias 0 (MQTT 5.0)

    @req:mqtt-5.0:MQTT-3.3.2-8 @pics:mqtt.version=5.0 @pics:mqtt.qos=2
    Scenario: The broker's deliveries never carry topic alias 0 (MQTT 5.0)
      When a client goes through an ordinary exchange with the broker in MQTT 5.0
      Then no message the broker delivered carries topic alias 0

  Rule: The first packet the broker sends on a connection is a CONNACK (MQTT 3.1.1)

    @req:mqtt-3.1.1:MQTT-3.2.0-1 @pics:mqtt.version=3.1.1 @pics:mqtt.qos=2
    Scenario: The broker acknowledges a connection before it sends anything else (MQTT 3.1.1)
      When a client goes through an ordinary exchange with the broker in MQTT 3.1.1
      Then the first packet the broker sent on each connection is its connection acknowledgement

  Rule: Every packet the broker sends carries a Property Length where its type has one, even without properties (MQTT 5.0)

    @req:mqtt-5.0:MQTT-2.2.2-1 @pics:mqtt.version=5.0 @pics:mqtt.qos=2
    Scenario: The broker writes a Property Length of zero into packets without properties (MQTT 5.0)
      When a client goes through an ordinary exchange with the broker in MQTT 5.0
      Then every packet the broker sent carries a Property Length, zero when it has no properties
