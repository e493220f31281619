@device:mqtt-broker
Feature: A broker passes the properties of an MQTT 5.0 message on to its subscribers
  MQTT 5.0 lets a publisher attach properties to a message: user properties, the format and content type of its
  payload, where to send a reply and how long the message stays useful. The suite publishes readings with such
  properties as a patch and judges what a monitor subscribed to them receives. Scenarios that wait out an expiry
  take the interval from the profile's timers; a broker that keeps no message for an absent subscriber leaves them
  inconclusive.

  Rule: User properties reach the subscriber unaltered

    @req:mqtt-5.0:MQTT-3.3.2-17 @pics:mqtt.version=5.0 @paho5:test_user_properties
    Scenario: A monitor receives every user property the patch attached to a reading
      Given a monitor has subscribed to the patch's readings
      When the patch publishes a reading with user properties
      Then the monitor receives the reading with the same user properties

  Rule: User properties keep the order their publisher gave them

    @req:mqtt-5.0:MQTT-3.3.2-18 @pics:mqtt.version=5.0 @paho5:test_user_properties
    Scenario: A monitor receives the user properties of a reading in the order the patch gave them
      Given a monitor has subscribed to the patch's readings
      When the patch publishes a reading with user properties
      Then the monitor receives the reading's user properties in their original order

  Rule: The payload format indicator reaches the subscriber

    @req:mqtt-5.0:MQTT-3.3.2-4 @pics:mqtt.version=5.0 @paho5:test_payload_format
    Scenario: A monitor is told that a reading's payload is UTF-8 text
      Given a monitor has subscribed to the patch's readings
      When the patch publishes a reading marked as UTF-8 text
      Then the monitor receives the reading marked as UTF-8 text

  Rule: The content type reaches the subscriber

    @req:mqtt-5.0:MQTT-3.3.2-20 @pics:mqtt.version=5.0 @paho5:test_payload_format
    Scenario: A monitor is told the content type of a reading
      Given a monitor has subscribed to the patch's readings
      When the patch publishes a reading with its content type
      Then the monitor receives the reading with the same content type

  Rule: The response topic of a request reaches the responder

    @req:mqtt-5.0:MQTT-3.3.2-15 @pics:mqtt.version=5.0 @paho5:test_request_response
    Scenario: A patch learns from a monitor's request where to send its reply
      Given a patch has subscribed to requests for its readings
      When a monitor sends the patch a request naming where to reply
      Then the patch receives the request with the monitor's reply topic

  Rule: The correlation data of a request reaches the responder

    @req:mqtt-5.0:MQTT-3.3.2-16 @pics:mqtt.version=5.0 @paho5:test_request_response
    Scenario: A patch receives the correlation data of a monitor's request
      Given a patch has subscribed to requests for its readings
      When a monitor sends the patch a request naming where to reply
      Then the patch receives the request with the monitor's correlation data

  Rule: A message that expired while its subscriber was away is not delivered

    @req:mqtt-5.0:MQTT-3.3.2-5 @pics:mqtt.version=5.0 @pics:mqtt.sessions @paho5:test_publication_expiry
    Scenario: A monitor coming back does not receive a reading that expired while it was away
      Given a monitor with a lasting session has subscribed to the patch's readings and gone away
      When the patch publishes a reading that expires after the message expiry interval
      And the patch publishes a reading that does not expire
      And the message expiry interval passes
      And the monitor comes back to its lasting session
      Then the monitor does not receive the expired reading

  Rule: A message is forwarded with the lifetime it has left

    @req:mqtt-5.0:MQTT-3.3.2-6 @pics:mqtt.version=5.0 @pics:mqtt.sessions @paho5:test_publication_expiry
    Scenario: A monitor coming back receives a kept reading with its lifetime reduced by the time it waited
      Given a monitor with a lasting session has subscribed to the patch's readings and gone away
      When the patch publishes a reading that stays valid for minutes
      And the message expiry interval passes
      And the monitor comes back to its lasting session
      Then the monitor receives the reading with its lifetime reduced by the time it waited

  Rule: A topic alias within the broker's maximum is accepted

    @req:mqtt-5.0:MQTT-3.3.2-12 @pics:mqtt.version=5.0 @pics:mqtt.topicAliases @paho5:test_client_topic_alias
    Scenario: A reading the patch publishes by topic alias reaches the monitor
      Given a monitor has subscribed to the patch's readings
      And the patch has published a reading that sets up the highest topic alias the broker allows
      When the patch publishes a reading by that topic alias alone
      Then the monitor receives the reading sent by topic alias on the patch's topic

  Rule: A client that announced no Topic Alias Maximum is sent no topic alias

    @req:mqtt-5.0:MQTT-3.1.2-27 @pics:mqtt.version=5.0 @paho5:test_server_topic_alias
    Scenario: A monitor that announced no topic alias maximum receives every reading by its topic name
      Given a monitor subscribed with MQTT 5.0 to the ward's readings at QoS 1
      When a patch publishes readings at QoS 0, 1 and 2
      Then the monitor receives every reading by topic name, without a topic alias

  Rule: A topic alias lives only as long as the connection that set it up

    @req:mqtt-5.0:MQTT-3.3.2-7 @pics:mqtt.version=5.0 @pics:mqtt.topicAliases
    Scenario: A patch that comes back cannot publish by the topic alias of its ended connection
      Given a monitor watches the patch's readings with MQTT 5.0
      And the patch set up a topic alias for its readings on a connection it has since closed
      When the patch connects again and publishes a reading by that topic alias alone
      Then the broker refuses that reading and does not deliver it on the patch's topic

  Rule: The response topic the broker passes on is a topic name without wildcards

    @req:mqtt-5.0:MQTT-3.3.2-14 @pics:mqtt.version=5.0
    Scenario: A patch receives a monitor's reply topic without wildcards
      Given a patch has subscribed to requests for its readings
      When a monitor sends the patch a request naming where to reply
      Then the reply topic the patch receives holds no wildcard

  Rule: The user properties the broker passes on are pairs of well-formed UTF-8 strings

    @req:mqtt-5.0:MQTT-1.5.7-1 @pics:mqtt.version=5.0
    Scenario: A monitor receives the user properties of a reading as well-formed strings
      Given a monitor has subscribed to the patch's readings
      When the patch publishes a reading with user properties
      Then the user properties the monitor receives are well-formed UTF-8 strings

  Rule: The content type the broker passes on is a well-formed UTF-8 string

    @req:mqtt-5.0:MQTT-3.3.2-19 @pics:mqtt.version=5.0
    Scenario: A monitor receives the content type of a reading as a well-formed string
      Given a monitor has subscribed to the patch's readings
      When the patch publishes a reading with its content type
      Then the content type the monitor receives is a well-formed UTF-8 string

  Rule: The response topic the broker passes on is a well-formed UTF-8 string

    @req:mqtt-5.0:MQTT-3.3.2-13 @pics:mqtt.version=5.0
    Scenario: A patch receives a monitor's reply topic as a well-formed string
      Given a patch has subscribed to requests for its readings
      When a monitor sends the patch a request naming where to reply
      Then the reply topic the patch receives is a well-formed UTF-8 string
