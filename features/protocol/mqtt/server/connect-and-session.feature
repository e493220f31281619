@device:mqtt-broker
Feature: A broker accepts well-formed connections and keeps sessions as asked
  The product under test is an MQTT server: a broker, or the MQTT server of a gateway. The suite connects to it as
  several clients, each scenario in its own topic space with its own client identifiers, and judges what the broker
  answered. Each rule is checked against the statement of each MQTT version the profile claims.

  Rule: A well-formed CONNECT is accepted with a successful CONNACK

    @paho:test_basic @iottestware:TP_MQTT_BROKER_CONNECT_003
    Scenario Outline: The broker accepts a well-formed connection (MQTT <version>)
      When a client connects with MQTT <version>
      Then the broker accepts the connection

      @req:mqtt-3.1.1:MQTT-3.1.4-4 @pics:mqtt.version=3.1.1
      Examples: MQTT 3.1.1
        | version |
        | 3.1.1   |

      @req:mqtt-5.0:MQTT-3.1.4-5 @pics:mqtt.version=5.0
      Examples: MQTT 5.0
        | version |
        | 5.0     |

  Rule: A client identifier of 1 to 23 letters and digits is accepted

    Scenario Outline: The broker accepts a client identifier of 23 upper- and lower-case letters and digits (MQTT <version>)
      When a client connects with MQTT <version> under an identifier of 23 letters and digits
      Then the broker accepts the connection

      @req:mqtt-3.1.1:MQTT-3.1.3-5 @pics:mqtt.version=3.1.1
      Examples: MQTT 3.1.1
        | version |
        | 3.1.1   |

      @req:mqtt-5.0:MQTT-3.1.3-5 @pics:mqtt.version=5.0
      Examples: MQTT 5.0
        | version |
        | 5.0     |

  Rule: A clean session starts without session state

    @iottestware:TP_MQTT_BROKER_CONNACK_002
    Scenario Outline: A client asking for a clean session is told no session is present (MQTT <version>)
      When a client connects with MQTT <version> asking for a clean session
      Then the broker says no session is present

      @req:mqtt-3.1.1:MQTT-3.2.2-1 @pics:mqtt.version=3.1.1
      Examples: MQTT 3.1.1
        | version |
        | 3.1.1   |

      @req:mqtt-5.0:MQTT-3.2.2-2 @pics:mqtt.version=5.0
      Examples: MQTT 5.0
        | version |
        | 5.0     |

  Rule: A client asking to keep a session the broker never held is told no session is present

    Scenario Outline: A client asking to keep a session under a new identifier is told no session is present (MQTT <version>)
      When a client connects with MQTT <version> asking to keep a session under an identifier the broker has not seen
      Then the broker says no session is present

      @req:mqtt-3.1.1:MQTT-3.2.2-3 @pics:mqtt.version=3.1.1
      Examples: MQTT 3.1.1
        | version |
        | 3.1.1   |

      @req:mqtt-5.0:MQTT-3.2.2-3 @pics:mqtt.version=5.0 @pics:mqtt.sessions
      Examples: MQTT 5.0
        | version |
        | 5.0     |

  Rule: A resumed session is reported present

    @iottestware:TP_MQTT_BROKER_CONNACK_003 @paho:test_offline_message_queueing
    Scenario Outline: A monitor resuming its session is told the session is present (MQTT <version>)
      Given a monitor with a persistent session of MQTT <version> has subscribed and gone away
      When the monitor comes back resuming its session
      Then the broker says the monitor's session is present

      @req:mqtt-3.1.1:MQTT-3.2.2-2 @pics:mqtt.version=3.1.1 @pics:mqtt.sessions
      Examples: MQTT 3.1.1
        | version |
        | 3.1.1   |

      @req:mqtt-5.0:MQTT-3.2.2-3 @pics:mqtt.version=5.0 @pics:mqtt.sessions
      Examples: MQTT 5.0
        | version |
        | 5.0     |

  Rule: Messages for a persistent session are kept while its client is away

    @paho:test_offline_message_queueing
    Scenario Outline: A monitor coming back receives the readings published while it was away (MQTT <version>)
      Given a monitor with a persistent session of MQTT <version> has subscribed and gone away
      When a patch publishes two readings at QoS 1 while the monitor is away
      And the monitor comes back resuming its session
      Then the monitor receives the readings published while it was away

      @req:mqtt-3.1.1:MQTT-3.1.2-5 @pics:mqtt.version=3.1.1 @pics:mqtt.sessions @pics:mqtt.qos=1
      Examples: MQTT 3.1.1
        | version |
        | 3.1.1   |

      @req:mqtt-5.0:MQTT-3.1.2-23 @pics:mqtt.version=5.0 @pics:mqtt.sessions @pics:mqtt.qos=1
      Examples: MQTT 5.0
        | version |
        | 5.0     |

      @req:mqtt-5.0:MQTT-3.1.2-5 @pics:mqtt.version=5.0 @pics:mqtt.sessions @pics:mqtt.qos=1
      Examples: MQTT 5.0, resuming with Clean Start 0
        | version |
        | 5.0     |

      @req:mqtt-3.1.1:MQTT-3.1.2-4 @pics:mqtt.version=3.1.1 @pics:mqtt.sessions @pics:mqtt.qos=1
      Examples: MQTT 3.1.1, resuming with CleanSession 0
        | version |
        | 3.1.1   |

      @req:mqtt-3.1.1:MQTT-3.1.4-3 @pics:mqtt.version=3.1.1 @pics:mqtt.sessions @pics:mqtt.qos=1
      Examples: MQTT 3.1.1, the CleanSession 0 of an accepted CONNECT carried out
        | version |
        | 3.1.1   |

      @req:mqtt-5.0:MQTT-3.1.4-4 @pics:mqtt.version=5.0 @pics:mqtt.sessions @pics:mqtt.qos=1
      Examples: MQTT 5.0, the Clean Start 0 of an accepted CONNECT carried out
        | version |
        | 5.0     |

  Rule: A clean session discards the session the client had

    Scenario Outline: A monitor coming back with a clean session no longer receives for its old subscription (MQTT <version>)
      Given a monitor with a persistent session of MQTT <version> has subscribed and gone away
      When the monitor comes back asking for a clean session
      And a patch publishes a reading at QoS 1
      Then the monitor receives nothing for its old subscription

      @req:mqtt-3.1.1:MQTT-3.1.2-6 @pics:mqtt.version=3.1.1 @pics:mqtt.sessions
      Examples: MQTT 3.1.1
        | version |
        | 3.1.1   |

      @req:mqtt-5.0:MQTT-3.1.2-4 @pics:mqtt.version=5.0 @pics:mqtt.sessions
      Examples: MQTT 5.0
        | version |
        | 5.0     |

      @req:mqtt-3.1.1:MQTT-3.1.4-3 @pics:mqtt.version=3.1.1 @pics:mqtt.sessions
      Examples: MQTT 3.1.1, the CleanSession 1 of an accepted CONNECT carried out
        | version |
        | 3.1.1   |

      @req:mqtt-5.0:MQTT-3.1.4-4 @pics:mqtt.version=5.0 @pics:mqtt.sessions
      Examples: MQTT 5.0, the Clean Start 1 of an accepted CONNECT carried out
        | version |
        | 5.0     |

  Rule: In MQTT 5.0 a client asking to resume a session the broker does not hold is given a new one

    @req:mqtt-5.0:MQTT-3.1.2-6 @pics:mqtt.version=5.0 @pics:mqtt.sessions
    Scenario: A monitor asking to resume a session that ended starts a new one without its old subscription
      Given a monitor whose session ended when it left has subscribed with MQTT 5.0 and gone away
      When the monitor comes back resuming its session
      And a patch publishes a reading at QoS 1
      Then the monitor receives nothing for its old subscription

  Rule: A new connection with a client identifier in use takes the session over

    @iottestware:TP_MQTT_BROKER_CONNECT_030
    Scenario Outline: The broker closes the older of two connections with one client identifier (MQTT <version>)
      Given a client connected with MQTT <version>
      When a second connection connects with the same client identifier
      Then the broker closes the first connection

      @req:mqtt-3.1.1:MQTT-3.1.4-2 @pics:mqtt.version=3.1.1
      Examples: MQTT 3.1.1
        | version |
        | 3.1.1   |

      @req:mqtt-5.0:MQTT-3.1.4-3 @pics:mqtt.version=5.0
      Examples: MQTT 5.0
        | version |
        | 5.0     |

  Rule: A second CONNECT on one connection is a protocol violation

    @paho:test_basic @iottestware:TP_MQTT_BROKER_CONNECT_029
    Scenario Outline: The broker closes a connection that sends a second CONNECT (MQTT <version>)
      Given a client connected with MQTT <version>
      When the client sends a second CONNECT on its connection
      Then the broker closes the client's connection

      @req:mqtt-3.1.1:MQTT-3.1.0-2 @pics:mqtt.version=3.1.1
      Examples: MQTT 3.1.1
        | version |
        | 3.1.1   |

      @req:mqtt-5.0:MQTT-3.1.0-2 @pics:mqtt.version=5.0
      Examples: MQTT 5.0
        | version |
        | 5.0     |

  Rule: In MQTT 3.1.1 a client without identifier must ask for a clean session

    @paho:test_zero_length_clientid @iottestware:TP_MQTT_BROKER_CONNACK_006
    Scenario Outline: The broker refuses an anonymous client that asks to keep its session
      When a client without identifier connects with MQTT 3.1.1 asking to keep its session
      Then the broker refuses it as an identifier rejected and closes the connection

      @req:mqtt-3.1.1:MQTT-3.1.3-8 @pics:mqtt.version=3.1.1
      Examples: A zero-length identifier with CleanSession 0 is refused
        | version |
        | 3.1.1   |

      @req:mqtt-3.1.1:MQTT-3.1.3-9 @pics:mqtt.version=3.1.1
      Examples: An identifier the broker rejects gets return code 0x02 and the connection is closed
        | version |
        | 3.1.1   |

  Rule: In MQTT 5.0 a client without identifier is given one

    @paho5:test_assigned_clientid
    Scenario Outline: The broker assigns an identifier to a client that connects without one
      When a client without identifier connects with MQTT 5.0
      Then the broker accepts it and assigns it a client identifier

      @req:mqtt-5.0:MQTT-3.2.2-16 @pics:mqtt.version=5.0
      Examples: The CONNACK carries the Assigned Client Identifier
        | version |
        | 5.0     |

      @req:mqtt-5.0:MQTT-3.1.3-7 @pics:mqtt.version=5.0
      Examples: The identifier assigned is returned in CONNACK
        | version |
        | 5.0     |

  Rule: A broker that accepts clients without identifier gives each a unique one

    Scenario Outline: Two clients connecting without identifier both stay connected (MQTT <version>)
      When two clients without identifier connect with MQTT <version> one after the other
      Then the broker keeps both connected, each under an identifier of its own

      @req:mqtt-3.1.1:MQTT-3.1.3-6 @pics:mqtt.version=3.1.1
      Examples: MQTT 3.1.1
        | version |
        | 3.1.1   |

      @req:mqtt-5.0:MQTT-3.1.3-6 @pics:mqtt.version=5.0
      Examples: MQTT 5.0
        | version |
        | 5.0     |

  Rule: A broker that refuses a CONNECT processes nothing the client sent after it

    Scenario Outline: A retained reading sent right behind a refused CONNECT is not stored (MQTT <version>)
      When a patch sends a CONNECT of MQTT <version> that the broker must refuse with a retained reading right behind it
      And a station admitted with MQTT <version> publishes a retained reading of its own
      Then a monitor subscribing to both topics receives the station's retained reading but not the patch's

      @req:mqtt-3.1.1:MQTT-3.1.4-5 @pics:mqtt.version=3.1.1 @pics:mqtt.retain
      Examples: MQTT 3.1.1
        | version |
        | 3.1.1   |

      @req:mqtt-5.0:MQTT-3.1.4-6 @pics:mqtt.version=5.0 @pics:mqtt.retain
      Examples: MQTT 5.0
        | version |
        | 5.0     |

  Rule: A connection refused for its credentials is closed

    @iottestware:TP_MQTT_BROKER_CONNACK_009
    Scenario Outline: The broker refuses a wrong password and closes the connection (MQTT <version>)
      When a client connects with MQTT <version> presenting a wrong password
      Then the broker refuses the connection and closes it

      @req:mqtt-3.1.1:MQTT-3.2.2-5 @pics:mqtt.version=3.1.1 @pics:mqtt.authentication
      Examples: MQTT 3.1.1
        | version |
        | 3.1.1   |

      @req:mqtt-5.0:MQTT-3.2.2-7 @pics:mqtt.version=5.0 @pics:mqtt.authentication
      Examples: MQTT 5.0
        | version |
        | 5.0     |

  Rule: In MQTT 5.0 a CONNECT that fails the broker's further checks ends its connection

    @req:mqtt-5.0:MQTT-3.1.4-2 @pics:mqtt.version=5.0 @pics:mqtt.authentication
    Scenario: The broker closes the connection of a client whose password it does not accept
      When a client connects with MQTT 5.0 presenting a wrong password
      Then the broker refuses the connection and closes it

  Rule: A refusing CONNACK reports no session

    @iottestware:TP_MQTT_BROKER_CONNACK_008
    Scenario Outline: The broker's refusal of a wrong password says no session is present (MQTT <version>)
      When a client connects with MQTT <version> presenting a wrong password
      Then the refusal says no session is present

      @req:mqtt-3.1.1:MQTT-3.2.2-4 @pics:mqtt.version=3.1.1 @pics:mqtt.authentication
      Examples: MQTT 3.1.1
        | version |
        | 3.1.1   |

      @req:mqtt-5.0:MQTT-3.2.2-6 @pics:mqtt.version=5.0 @pics:mqtt.authentication
      Examples: MQTT 5.0
        | version |
        | 5.0     |

  Rule: Unacknowledged messages are sent again when a persistent session resumes

    @paho:test_redelivery_on_reconnect @iottestware:TP_MQTT_BROKER_FEAT_PUBSUB_006
    Scenario Outline: A monitor that vanished before acknowledging receives the readings again (MQTT <version>)
      Given a monitor with a persistent session of MQTT <version> that receives readings without acknowledging them
      When the monitor vanishes and comes back resuming its session
      Then the broker sends the unacknowledged readings again under their packet identifiers

      @req:mqtt-3.1.1:MQTT-4.4.0-1 @pics:mqtt.version=3.1.1 @pics:mqtt.sessions @pics:mqtt.qos=1
      Examples: MQTT 3.1.1
        | version |
        | 3.1.1   |

      @req:mqtt-5.0:MQTT-4.4.0-1 @pics:mqtt.version=5.0 @pics:mqtt.sessions @pics:mqtt.qos=1
      Examples: MQTT 5.0
        | version |
        | 5.0     |

      @req:mqtt-5.0:MQTT-4.3.2-3 @pics:mqtt.version=5.0 @pics:mqtt.sessions @pics:mqtt.qos=1
      Examples: MQTT 5.0, a QoS 1 message stays unacknowledged until its PUBACK
        | version |
        | 5.0     |

  Rule: A PUBLISH sent again is marked DUP

    @paho:test_redelivery_on_reconnect
    Scenario Outline: The readings sent again to a resumed monitor are marked as duplicates (MQTT <version>)
      Given a monitor with a persistent session of MQTT <version> that receives readings without acknowledging them
      When the monitor vanishes and comes back resuming its session
      Then the readings sent again are marked DUP

      @req:mqtt-3.1.1:MQTT-3.3.1-1 @pics:mqtt.version=3.1.1 @pics:mqtt.sessions @pics:mqtt.qos=1
      Examples: MQTT 3.1.1
        | version |
        | 3.1.1   |

      @req:mqtt-5.0:MQTT-3.3.1-1 @pics:mqtt.version=5.0 @pics:mqtt.sessions @pics:mqtt.qos=1
      Examples: MQTT 5.0
        | version |
        | 5.0     |

  Rule: In MQTT 5.0 a broker that rejects a client identifier with CONNACK 0x85 then closes the connection

    @req:mqtt-5.0:MQTT-3.1.3-8 @pics:mqtt.version=5.0
    Scenario: A broker that rejects the identifier of an anonymous client asking to keep its session closes the connection
      When a client without identifier connects with MQTT 5.0 asking to keep its session
      Then the broker, if it rejects the client identifier, closes the connection
