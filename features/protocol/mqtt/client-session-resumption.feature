@device:temperature-patch
Feature: A reporting device resumes its persistent session after a lost connection
  A device that claims a persistent session keeps its unacknowledged QoS 1 readings across a lost
  connection. Inside the observation window the suite's broker leaves one reading unacknowledged and
  drops the connection, as a network loss would; when the device reconnects the broker resumes its
  session, and the device owes it that reading again (ADR 0002).

  Background:
    Given the device has connected to the suite's broker

  Rule: The device asks for the session it claims

    @req:iomt-temperature-patch:TP-SESSION @pics:mqtt.session
    Scenario: Every CONNECT of the device asks for the claimed session
      Then every CONNECT of the device asks for the claimed session

  Rule: A client that resumes its session resends every unacknowledged message under its original packet identifier

    Scenario Outline: The device resends its unacknowledged reading when the session is resumed (MQTT <version>)
      Given the broker lost the connection while a reading awaited its acknowledgement
      Then the device resends that reading under its original packet identifier on the resumed session

      @req:mqtt-3.1.1:MQTT-4.4.0-1 @pics:mqtt.version=3.1.1 @pics:mqtt.qos=1 @pics:mqtt.session=persistent
      Examples: MQTT 3.1.1
        | version |
        | 3.1.1   |

      @req:mqtt-5.0:MQTT-4.4.0-1 @pics:mqtt.version=5.0 @pics:mqtt.qos=1 @pics:mqtt.session=persistent
      Examples: MQTT 5.0
        | version |
        | 5.0     |

      @req:mqtt-5.0:MQTT-4.3.2-3 @pics:mqtt.version=5.0 @pics:mqtt.qos=1 @pics:mqtt.session=persistent
      Examples: MQTT 5.0, as the rule that a QoS 1 message stays unacknowledged until its PUBACK
        | version |
        | 5.0     |

  Rule: A message the broker answered with a failure reason code is acknowledged, and is not sent again

    @req:mqtt-5.0:MQTT-4.4.0-2 @pics:mqtt.version=5.0 @pics:mqtt.qos=1 @pics:mqtt.session=persistent
    Scenario: The device does not send again a reading the broker refused, when the session resumes (MQTT 5.0)
      Given the broker refused a reading with a failure reason code and later lost the connection
      Then the device never sends the refused reading again

  Rule: A redelivered message carries the DUP flag

    Scenario Outline: The device marks its resent reading as a duplicate (MQTT <version>)
      Given the broker lost the connection while a reading awaited its acknowledgement
      Then every reading the device sends again has DUP set

      @req:mqtt-3.1.1:MQTT-3.3.1-1 @pics:mqtt.version=3.1.1 @pics:mqtt.qos=1 @pics:mqtt.session=persistent
      Examples: MQTT 3.1.1
        | version |
        | 3.1.1   |

      @req:mqtt-5.0:MQTT-3.3.1-1 @pics:mqtt.version=5.0 @pics:mqtt.qos=1 @pics:mqtt.session=persistent
      Examples: MQTT 5.0
        | version |
        | 5.0     |

  Rule: In MQTT 3.1.1 a packet sent again keeps its packet identifier

    @req:mqtt-3.1.1:MQTT-2.3.1-3 @pics:mqtt.version=3.1.1 @pics:mqtt.qos=1 @pics:mqtt.session=persistent
    Scenario: The device keeps the packet identifier of a reading it sends again
      Given the broker lost the connection while a reading awaited its acknowledgement
      Then every reading the device sends again keeps its packet identifier

  Rule: A client keeps its session state after the network connection closes

    Scenario Outline: The device keeps its unacknowledged reading across the lost connection (MQTT <version>)
      Given the broker lost the connection while a reading awaited its acknowledgement
      Then the device sends that reading again on the resumed session, having kept it across the lost connection

      @req:mqtt-3.1.1:MQTT-3.1.2-4 @pics:mqtt.version=3.1.1 @pics:mqtt.qos=1 @pics:mqtt.session=persistent
      Examples: MQTT 3.1.1, CleanSession 0
        | version |
        | 3.1.1   |

      @req:mqtt-3.1.1:MQTT-4.1.0-1 @pics:mqtt.version=3.1.1 @pics:mqtt.qos=1 @pics:mqtt.session=persistent
      Examples: MQTT 3.1.1, session state kept while the session lasts
        | version |
        | 3.1.1   |

      @req:mqtt-5.0:MQTT-3.1.2-23 @pics:mqtt.version=5.0 @pics:mqtt.qos=1 @pics:mqtt.session=persistent
      Examples: MQTT 5.0, Session Expiry Interval above 0
        | version |
        | 5.0     |

  Rule: A client identifies the session it holds by its client identifier

    Scenario Outline: The device resumes its session under the same client identifier (MQTT <version>)
      Given the broker lost the connection while a reading awaited its acknowledgement
      Then the device connects again under the client identifier of the session it holds

      @req:mqtt-3.1.1:MQTT-3.1.3-2 @pics:mqtt.version=3.1.1 @pics:mqtt.qos=1 @pics:mqtt.session=persistent
      Examples: MQTT 3.1.1
        | version |
        | 3.1.1   |

      @req:mqtt-5.0:MQTT-3.1.3-2 @pics:mqtt.version=5.0 @pics:mqtt.qos=1 @pics:mqtt.session=persistent
      Examples: MQTT 5.0
        | version |
        | 5.0     |

  Rule: A client resends its unacknowledged messages in the order it first sent them

    After the window the suite's broker leaves one reading unacknowledged and drops the connection on the next, so
    that two are owed on the resumed session (in MQTT 5.0 on connections whose CONNACK announces a Receive Maximum
    of 2, which lets two await their acknowledgement at once).

    Scenario Outline: The device resends two unacknowledged readings in the order it first sent them (MQTT <version>)
      Then after the broker lost the connection while several readings awaited their acknowledgement, the device resends them in the order it first sent them

      @req:mqtt-3.1.1:MQTT-4.6.0-1 @pics:mqtt.version=3.1.1 @pics:mqtt.qos=1 @pics:mqtt.session=persistent
      Examples: MQTT 3.1.1
        | version |
        | 3.1.1   |

      @req:mqtt-5.0:MQTT-4.6.0-1 @pics:mqtt.version=5.0 @pics:mqtt.qos=1 @pics:mqtt.session=persistent
      Examples: MQTT 5.0
        | version |
        | 5.0     |

  Rule: A client gives each new message a packet identifier that no unacknowledged message holds

    @req:mqtt-3.1.1:MQTT-2.3.1-2 @pics:mqtt.version=3.1.1 @pics:mqtt.qos=1 @pics:mqtt.session=persistent
    Scenario: The device gives a new reading a packet identifier no unacknowledged reading holds
      Then while the broker left readings unacknowledged, each new reading of the device took a packet identifier none of them held

  Rule: In MQTT 5.0 a client that meets Session Present 0 discards the session state it holds

    @req:mqtt-5.0:MQTT-3.2.2-5 @pics:mqtt.version=5.0 @pics:mqtt.qos=1 @pics:mqtt.session=persistent
    Scenario: The device forgets its unacknowledged reading when the broker has lost its session
      Then after the broker forgot its session while a reading awaited its acknowledgement, the device sends that reading no more
