@device:mqtt-broker
Feature: A broker keeps each session for its own client identifier, for as long as it lasts, with every message due to it
  The product under test is an MQTT server. The suite opens sessions as several clients, each scenario in its own
  topic space with its own client identifiers, and judges what reaches each client: a session's messages reach the
  client of its identifier and no other, a subscription lasts as long as its connection, and a message is added to
  the session of every client whose subscription matches it, whether the client is connected or away.

  Rule: The broker identifies a session by the client identifier

    Scenario Outline: A reading held in a monitor's session reaches the monitor and not a newcomer of another identifier (MQTT <version>)
      Given a monitor with a persistent session of MQTT <version> has subscribed to its own readings and gone away
      And a patch publishes a reading for the monitor while it is away
      When a newcomer connects under another client identifier asking to keep a session of its own
      And the monitor returns to its session
      Then the reading reaches the monitor and not the newcomer

      @req:mqtt-3.1.1:MQTT-3.1.3-2 @pics:mqtt.version=3.1.1 @pics:mqtt.sessions @pics:mqtt.qos=1
      Examples: MQTT 3.1.1
        | version |
        | 3.1.1   |

      @req:mqtt-5.0:MQTT-3.1.3-2 @pics:mqtt.version=5.0 @pics:mqtt.sessions @pics:mqtt.qos=1
      Examples: MQTT 5.0
        | version |
        | 5.0     |

  Rule: Session state is kept while the network connection is open

    Scenario Outline: A subscription made at the start of a connection still delivers after the connection's other traffic (MQTT <version>)
      Given a monitor connected with MQTT <version> that subscribed to the ward's readings at the start of its connection
      And a patch has published a first reading to the monitor
      When the monitor subscribes to a second topic, publishes a note there and pings the broker on the same connection
      And the patch publishes two more readings
      Then the monitor receives the later readings on the subscription it made at the start

      @req:mqtt-3.1.1:MQTT-4.1.0-1 @pics:mqtt.version=3.1.1 @pics:mqtt.qos=1
      Examples: MQTT 3.1.1, session state kept while the session exists
        | version |
        | 3.1.1   |

      @req:mqtt-3.1.1:MQTT-4.1.0-2 @pics:mqtt.version=3.1.1 @pics:mqtt.qos=1
      Examples: MQTT 3.1.1, the session lasts at least as long as its connection
        | version |
        | 3.1.1   |

      @req:mqtt-5.0:MQTT-4.1.0-1 @pics:mqtt.version=5.0 @pics:mqtt.qos=1
      Examples: MQTT 5.0
        | version |
        | 5.0     |

  Rule: A message the broker takes is added to the session of every client with a matching subscription

    Scenario Outline: A reading reaches a connected station and, on its return, a monitor that was away (MQTT <version>)
      Given a monitor with a persistent session of MQTT <version> has subscribed to the ward's readings and gone away
      And a station connected with a clean session has subscribed to the same readings
      When a patch publishes a reading to the ward
      And the monitor that was away resumes its session
      Then both the station and the returning monitor receive the reading

      @req:mqtt-3.1.1:MQTT-4.5.0-1 @pics:mqtt.version=3.1.1 @pics:mqtt.sessions @pics:mqtt.qos=1
      Examples: MQTT 3.1.1
        | version |
        | 3.1.1   |

      @req:mqtt-5.0:MQTT-4.5.0-1 @pics:mqtt.version=5.0 @pics:mqtt.sessions @pics:mqtt.qos=1
      Examples: MQTT 5.0
        | version |
        | 5.0     |
