@device:mqtt-broker
Feature: A broker plays its part in the QoS flows, as receiver and as sender, under the right packet identifiers

  Rule: A QoS 2 PUBLISH sent again before its release is acknowledged again and reaches subscribers once

    Scenario Outline: The broker acknowledges a repeated QoS 2 reading and delivers it once (MQTT <version>)
      Given a monitor subscribed with MQTT <version> to the ward's readings at QoS 2
      When a patch sends a QoS 2 reading again before releasing it
      Then the broker acknowledges the repeat and the monitor receives the reading once

      @req:mqtt-3.1.1:MQTT-4.3.3-2 @pics:mqtt.version=3.1.1 @pics:mqtt.qos=2
      Examples: MQTT 3.1.1
        | version |
        | 3.1.1   |

      @req:mqtt-5.0:MQTT-4.3.3-10 @pics:mqtt.version=5.0 @pics:mqtt.qos=2
      Examples: MQTT 5.0
        | version |
        | 5.0     |

  Rule: A PUBLISH under the packet identifier of a flow the broker completed is a new message

    Scenario Outline: A reading that reuses the identifier of a completed QoS <qos> flow reaches the monitor (MQTT <version>)
      Given a monitor subscribed with MQTT <version> to the ward's readings at QoS 2
      When a patch publishes a second reading at QoS <qos> under the packet identifier of its first, once that flow is complete
      Then the monitor receives the second reading as a new message

      @req:mqtt-3.1.1:MQTT-4.3.2-2 @pics:mqtt.version=3.1.1 @pics:mqtt.qos=1
      Examples: MQTT 3.1.1, QoS 1
        | version | qos |
        | 3.1.1   | 1   |

      @req:mqtt-5.0:MQTT-4.3.2-5 @pics:mqtt.version=5.0 @pics:mqtt.qos=1
      Examples: MQTT 5.0, QoS 1
        | version | qos |
        | 5.0     | 1   |

      @req:mqtt-3.1.1:MQTT-4.3.3-2 @pics:mqtt.version=3.1.1 @pics:mqtt.qos=2
      Examples: MQTT 3.1.1, QoS 2
        | version | qos |
        | 3.1.1   | 2   |

      @req:mqtt-5.0:MQTT-4.3.3-12 @pics:mqtt.version=5.0 @pics:mqtt.qos=2
      Examples: MQTT 5.0, QoS 2
        | version | qos |
        | 5.0     | 2   |

  Rule: The broker sends a message at QoS 2 as a new message and releases it under its packet identifier

    Scenario Outline: The broker's first send of each QoS 2 reading has DUP 0 and a packet identifier not in use (MQTT <version>)
      Given a monitor subscribed with MQTT <version> to the ward's readings at QoS 2
      When a patch publishes three readings at QoS 2
      Then the broker sends each reading to the monitor as a new QoS 2 message

      @req:mqtt-3.1.1:MQTT-4.3.3-1 @pics:mqtt.version=3.1.1 @pics:mqtt.qos=2
      Examples: MQTT 3.1.1
        | version |
        | 3.1.1   |

      @req:mqtt-5.0:MQTT-4.3.3-2 @pics:mqtt.version=5.0 @pics:mqtt.qos=2
      Examples: MQTT 5.0
        | version |
        | 5.0     |

    Scenario Outline: The broker answers the monitor's PUBREC with a PUBREL of the same packet identifier (MQTT <version>)
      Given a monitor subscribed with MQTT <version> to the ward's readings at QoS 2
      When a patch publishes three readings at QoS 2
      Then the broker releases the monitor's first reading with a PUBREL of its packet identifier

      @req:mqtt-3.1.1:MQTT-4.3.3-1 @pics:mqtt.version=3.1.1 @pics:mqtt.qos=2
      Examples: MQTT 3.1.1
        | version |
        | 3.1.1   |

      @req:mqtt-5.0:MQTT-4.3.3-4 @pics:mqtt.version=5.0 @pics:mqtt.qos=2
      Examples: MQTT 5.0
        | version |
        | 5.0     |

  Rule: The broker sends a message at QoS 1 as a new message, under a packet identifier not in use

    Scenario Outline: The broker's first send of each QoS 1 reading has DUP 0 and a packet identifier not in use (MQTT <version>)
      Given a monitor subscribed with MQTT <version> to the ward's readings at QoS 1
      When a patch publishes three readings at QoS 1
      Then the broker sends each reading to the monitor as a new QoS 1 message

      @req:mqtt-3.1.1:MQTT-4.3.2-1 @pics:mqtt.version=3.1.1 @pics:mqtt.qos=1
      Examples: MQTT 3.1.1
        | version |
        | 3.1.1   |

      @req:mqtt-5.0:MQTT-4.3.2-1 @pics:mqtt.version=5.0 @pics:mqtt.qos=1
      Examples: MQTT 5.0
        | version |
        | 5.0     |

      @req:mqtt-5.0:MQTT-4.3.2-2 @pics:mqtt.version=5.0 @pics:mqtt.qos=1
      Examples: MQTT 5.0
        | version |
        | 5.0     |

  Rule: Every PUBLISH the broker sends above QoS 0 carries a non-zero packet identifier not in use

    Scenario Outline: The broker sends QoS 1 readings under non-zero packet identifiers not in use (MQTT <version>)
      Given a monitor subscribed with MQTT <version> to the ward's readings at QoS 1
      When a patch publishes three readings at QoS 1
      Then the broker sends each reading to the monitor under a non-zero packet identifier not in use

      @req:mqtt-3.1.1:MQTT-2.3.1-1 @pics:mqtt.version=3.1.1 @pics:mqtt.qos=1
      Examples: MQTT 3.1.1
        | version |
        | 3.1.1   |

      @req:mqtt-3.1.1:MQTT-2.3.1-4 @pics:mqtt.version=3.1.1 @pics:mqtt.qos=1
      Examples: MQTT 3.1.1
        | version |
        | 3.1.1   |

      @req:mqtt-5.0:MQTT-2.2.1-4 @pics:mqtt.version=5.0 @pics:mqtt.qos=1
      Examples: MQTT 5.0
        | version |
        | 5.0     |

    Scenario Outline: The broker sends QoS 2 readings under non-zero packet identifiers not in use (MQTT <version>)
      Given a monitor subscribed with MQTT <version> to the ward's readings at QoS 2
      When a patch publishes three readings at QoS 2
      Then the broker sends each QoS 2 reading to the monitor under a non-zero packet identifier not in use

      @req:mqtt-5.0:MQTT-4.3.3-1 @pics:mqtt.version=5.0 @pics:mqtt.qos=2
      Examples: MQTT 5.0
        | version |
        | 5.0     |

  Rule: A message the broker sends at QoS 0 has DUP 0

    Scenario Outline: The broker sends QoS 0 readings with DUP 0 (MQTT <version>)
      Given a monitor subscribed with MQTT <version> to the ward's readings at QoS 2
      When a patch publishes three readings at QoS 0
      Then the broker sends each reading to the monitor as a new QoS 0 message

      @req:mqtt-3.1.1:MQTT-3.3.1-2 @pics:mqtt.version=3.1.1 @pics:mqtt.qos=0
      Examples: MQTT 3.1.1
        | version |
        | 3.1.1   |

      @req:mqtt-5.0:MQTT-3.3.1-2 @pics:mqtt.version=5.0 @pics:mqtt.qos=0
      Examples: MQTT 5.0
        | version |
        | 5.0     |

  Rule: The DUP flag of a PUBLISH the broker receives is not carried over to what it sends subscribers

    Scenario Outline: A reading its patch marked as sent before reaches the monitor as a new message (MQTT <version>)
      Given a monitor subscribed with MQTT <version> to the ward's readings at QoS 1
      When a patch sends a reading at QoS 1 marked as sent before
      Then the broker sends each reading to the monitor with DUP 0

      @req:mqtt-3.1.1:MQTT-3.3.1-3 @pics:mqtt.version=3.1.1 @pics:mqtt.qos=1
      Examples: MQTT 3.1.1
        | version |
        | 3.1.1   |

      @req:mqtt-5.0:MQTT-3.3.1-3 @pics:mqtt.version=5.0 @pics:mqtt.qos=1
      Examples: MQTT 5.0
        | version |
        | 5.0     |

  Rule: SUBACK and UNSUBACK carry the packet identifier of the request they answer

    Scenario Outline: The broker's SUBACK carries the packet identifier of the SUBSCRIBE (MQTT <version>)
      Given a client connected with MQTT <version>
      When the client subscribes under a packet identifier of two different bytes
      Then the broker's SUBACK carries the packet identifier of the SUBSCRIBE

      @req:mqtt-3.1.1:MQTT-3.8.4-2 @pics:mqtt.version=3.1.1
      Examples: MQTT 3.1.1
        | version |
        | 3.1.1   |

      @req:mqtt-3.1.1:MQTT-2.3.1-7 @pics:mqtt.version=3.1.1
      Examples: MQTT 3.1.1
        | version |
        | 3.1.1   |

      @req:mqtt-5.0:MQTT-3.8.4-2 @pics:mqtt.version=5.0
      Examples: MQTT 5.0
        | version |
        | 5.0     |

      @req:mqtt-5.0:MQTT-2.2.1-6 @pics:mqtt.version=5.0
      Examples: MQTT 5.0
        | version |
        | 5.0     |

    Scenario Outline: The broker answers an UNSUBSCRIBE that matches no subscription with an UNSUBACK of its packet identifier (MQTT <version>)
      Given a client connected with MQTT <version>
      When the client unsubscribes from a filter it never subscribed to
      Then the broker answers with an UNSUBACK carrying the packet identifier of the UNSUBSCRIBE

      @req:mqtt-3.1.1:MQTT-3.10.4-5 @pics:mqtt.version=3.1.1
      Examples: MQTT 3.1.1
        | version |
        | 3.1.1   |

      @req:mqtt-5.0:MQTT-3.10.4-5 @pics:mqtt.version=5.0
      Examples: MQTT 5.0
        | version |
        | 5.0     |

  Rule: A QoS 2 message the broker sent stays unacknowledged until the subscriber's PUBREC

    Scenario Outline: A monitor that vanished before acknowledging a QoS 2 reading receives it again (MQTT <version>)
      Given a monitor with a persistent session of MQTT <version> that receives a QoS 2 reading without acknowledging it
      When the monitor vanishes in the middle of the QoS 2 flow and comes back resuming its session
      Then the broker sends the QoS 2 reading again under its packet identifier

      @req:mqtt-5.0:MQTT-4.3.3-3 @pics:mqtt.version=5.0 @pics:mqtt.sessions @pics:mqtt.qos=2
      Examples: MQTT 5.0
        | version |
        | 5.0     |

  Rule: The broker's release of a QoS 2 message stays unacknowledged until the subscriber's PUBCOMP

    Scenario Outline: A monitor that vanished before completing a QoS 2 flow is sent the release again (MQTT <version>)
      Given a monitor with a persistent session of MQTT <version> that acknowledges a QoS 2 reading but never completes its release
      When the monitor vanishes in the middle of the QoS 2 flow and comes back resuming its session
      Then the broker sends its release of the reading again under the reading's packet identifier

      @req:mqtt-5.0:MQTT-4.3.3-5 @pics:mqtt.version=5.0 @pics:mqtt.sessions @pics:mqtt.qos=2
      Examples: MQTT 5.0
        | version |
        | 5.0     |

  Rule: Once the broker released a QoS 2 message it does not send the message again

    Scenario Outline: A monitor that vanished before completing a QoS 2 flow is not sent the released reading again (MQTT <version>)
      Given a monitor with a persistent session of MQTT <version> that acknowledges a QoS 2 reading but never completes its release
      When the monitor vanishes in the middle of the QoS 2 flow and comes back resuming its session
      Then the broker does not send the released reading again

      @req:mqtt-5.0:MQTT-4.3.3-6 @pics:mqtt.version=5.0 @pics:mqtt.sessions @pics:mqtt.qos=2
      Examples: MQTT 5.0
        | version |
        | 5.0     |

  Rule: A delivery the subscriber answered with a failure reason code counts as acknowledged and is not sent again

    Scenario Outline: A monitor that refused a reading is not sent it again when its session resumes (MQTT <version>)
      Given a monitor with a persistent session of MQTT <version> that refuses a QoS 1 reading with a failure reason code
      When the monitor vanishes after its refusal and comes back resuming its session
      Then the broker does not send the refused reading again

      @req:mqtt-5.0:MQTT-4.4.0-2 @pics:mqtt.version=5.0 @pics:mqtt.sessions @pics:mqtt.qos=1
      Examples: MQTT 5.0
        | version |
        | 5.0     |

  Rule: The broker completes a QoS 2 flow as receiver even when the message expired before its release

    Scenario Outline: A patch that releases a QoS 2 reading after it expired still has its flow completed (MQTT <version>)
      When a patch of MQTT <version> releases a QoS 2 reading only after its message expiry interval has passed
      Then the broker still completes the reading's QoS 2 flow

      @req:mqtt-5.0:MQTT-4.3.3-13 @pics:mqtt.version=5.0 @pics:mqtt.qos=2
      Examples: MQTT 5.0
        | version |
        | 5.0     |

  Rule: A QoS 2 PUBLISH that follows one the broker refused with a failure PUBREC, under its packet identifier, is a new message
    The refused reading goes to a topic the broker does not authorise the patch to publish to (the suite's Mosquitto
    denies one on a restricted listener; a live broker's profile names one). A broker that accepts that reading, or
    closes the connection instead, never refuses with a PUBREC, and the rule does not arise.

    @req:mqtt-5.0:MQTT-4.3.3-9 @pics:mqtt.version=5.0 @pics:mqtt.qos=2
    Scenario: A reading under the packet identifier of a refused QoS 2 reading reaches the monitor
      Given a monitor subscribed with MQTT 5.0 to the ward's readings at QoS 2
      And a patch connected with MQTT 5.0 where the broker does not authorise it to publish on one topic
      And the patch has published a reading at QoS 2 to the ward's readings
      When the patch publishes a reading at QoS 2 on the topic it may not publish to
      And the patch publishes its next reading at QoS 2 to the ward's readings under the packet identifier of that reading
      Then the broker takes the next reading as a new message and the monitor receives it
