@device:mqtt-broker
Feature: A broker keeps what it sends within the limits an MQTT 5.0 client announced
  An MQTT 5.0 client tells the broker in its CONNECT how many topic aliases it takes and how large a packet it
  accepts. The broker may use fewer aliases and leave optional properties out; it may not go beyond either limit.
  A broker that never uses an alias or never adds a property passes on the answers and readings that arrived. A
  DISCONNECT is drawn by a reading that names no topic; a broker that closes without one leaves nothing to judge.

  Rule: The broker gives a client no topic alias above its Topic Alias Maximum

    @req:mqtt-5.0:MQTT-3.1.2-26 @pics:mqtt.version=5.0 @pics:mqtt.qos=1
    Scenario: A monitor that accepts one topic alias is given none above it
      Given a monitor that accepts a single topic alias has subscribed to the readings of every topic of the patch
      When the patch publishes readings on several topics, each topic twice
      Then no reading reaches the monitor under a topic alias above the one it accepts

    @req:mqtt-5.0:MQTT-3.3.2-11 @pics:mqtt.version=5.0 @pics:mqtt.qos=1
    Scenario: No reading reaches a monitor that accepts one topic alias under a higher one
      Given a monitor that accepts a single topic alias has subscribed to the readings of every topic of the patch
      When the patch publishes readings on several topics, each topic twice
      Then no reading reaches the monitor under a topic alias above the one it accepts

  Rule: The broker leaves a Reason String out of an answer it would make too large for the client

    @req:mqtt-5.0:MQTT-3.2.2-19 @pics:mqtt.version=5.0
    Scenario: A client that accepts only small packets gets a CONNACK no Reason String makes too large
      Given a client that accepts only small packets has connected with MQTT 5.0
      Then no CONNACK the broker sent the client is too large for it because of a Reason String

    @req:mqtt-5.0:MQTT-3.14.2-3 @pics:mqtt.version=5.0
    Scenario: A client that accepts only small packets gets a DISCONNECT no Reason String makes too large
      Given a client that accepts only small packets has connected with MQTT 5.0
      When the client sends the broker a reading that names no topic
      Then no DISCONNECT the broker sent the client is too large for it because of a Reason String

    Scenario Outline: A client that accepts only small packets gets a <answer> no Reason String makes too large
      Given a client that accepts only small packets has connected with MQTT 5.0
      When the client draws every kind of answer from the broker
      Then no <answer> the broker sent the client is too large for it because of a Reason String

      @req:mqtt-5.0:MQTT-3.9.2-1 @pics:mqtt.version=5.0 @pics:mqtt.qos=2
      Examples: SUBACK
        | answer |
        | SUBACK |

      @req:mqtt-5.0:MQTT-3.11.2-1 @pics:mqtt.version=5.0 @pics:mqtt.qos=2
      Examples: UNSUBACK
        | answer   |
        | UNSUBACK |

      @req:mqtt-5.0:MQTT-3.4.2-2 @pics:mqtt.version=5.0 @pics:mqtt.qos=2
      Examples: PUBACK
        | answer |
        | PUBACK |

      @req:mqtt-5.0:MQTT-3.5.2-2 @pics:mqtt.version=5.0 @pics:mqtt.qos=2
      Examples: PUBREC
        | answer |
        | PUBREC |

      @req:mqtt-5.0:MQTT-3.6.2-2 @pics:mqtt.version=5.0 @pics:mqtt.qos=2
      Examples: PUBREL
        | answer |
        | PUBREL |

      @req:mqtt-5.0:MQTT-3.7.2-2 @pics:mqtt.version=5.0 @pics:mqtt.qos=2
      Examples: PUBCOMP
        | answer  |
        | PUBCOMP |

  Rule: The broker leaves User Properties out of an answer they would make too large for the client

    @req:mqtt-5.0:MQTT-3.2.2-20 @pics:mqtt.version=5.0
    Scenario: A client that accepts only small packets gets a CONNACK no User Property makes too large
      Given a client that accepts only small packets has connected with MQTT 5.0
      Then no CONNACK the broker sent the client is too large for it because of a User Property

    @req:mqtt-5.0:MQTT-3.14.2-4 @pics:mqtt.version=5.0
    Scenario: A client that accepts only small packets gets a DISCONNECT no User Property makes too large
      Given a client that accepts only small packets has connected with MQTT 5.0
      When the client sends the broker a reading that names no topic
      Then no DISCONNECT the broker sent the client is too large for it because of a User Property

    Scenario Outline: A client that accepts only small packets gets a <answer> no User Property makes too large
      Given a client that accepts only small packets has connected with MQTT 5.0
      When the client draws every kind of answer from the broker
      Then no <answer> the broker sent the client is too large for it because of a User Property

      @req:mqtt-5.0:MQTT-3.9.2-2 @pics:mqtt.version=5.0 @pics:mqtt.qos=2
      Examples: SUBACK
        | answer |
        | SUBACK |

      @req:mqtt-5.0:MQTT-3.11.2-2 @pics:mqtt.version=5.0 @pics:mqtt.qos=2
      Examples: UNSUBACK
        | answer   |
        | UNSUBACK |

      @req:mqtt-5.0:MQTT-3.4.2-3 @pics:mqtt.version=5.0 @pics:mqtt.qos=2
      Examples: PUBACK
        | answer |
        | PUBACK |

      @req:mqtt-5.0:MQTT-3.5.2-3 @pics:mqtt.version=5.0 @pics:mqtt.qos=2
      Examples: PUBREC
        | answer |
        | PUBREC |

      @req:mqtt-5.0:MQTT-3.6.2-3 @pics:mqtt.version=5.0 @pics:mqtt.qos=2
      Examples: PUBREL
        | answer |
        | PUBREL |

      @req:mqtt-5.0:MQTT-3.7.2-3 @pics:mqtt.version=5.0 @pics:mqtt.qos=2
      Examples: PUBCOMP
        | answer  |
        | PUBCOMP |
