@device:mqtt-broker
Feature: A broker publishes the will of a client that vanishes, and only then

  Rule: The will is published when the connection ends without DISCONNECT

    @paho:will_message_test @paho5:test_will_message @iottestware:TP_MQTT_BROKER_FEAT_LWT_001
    Scenario Outline: The broker publishes the will of a patch that loses its connection (MQTT <version>)
      Given a monitor subscribed with MQTT <version> to the ward's status
      And a patch connected with MQTT <version> with a will on the ward's status
      When the patch loses its connection
      Then the monitor receives the patch's will

      @req:mqtt-3.1.1:MQTT-3.1.2-8 @pics:mqtt.version=3.1.1 @pics:mqtt.will
      Examples: MQTT 3.1.1
        | version |
        | 3.1.1   |

      @req:mqtt-5.0:MQTT-3.1.2-8 @pics:mqtt.version=5.0 @pics:mqtt.will
      Examples: MQTT 5.0
        | version |
        | 5.0     |

  Rule: The will is discarded when the client disconnects normally

    @iottestware:TP_MQTT_BROKER_FEAT_LWT_002
    Scenario Outline: The broker does not publish the will of a patch that disconnects normally (MQTT <version>)
      Given a monitor subscribed with MQTT <version> to the ward's status
      And a patch connected with MQTT <version> with a will on the ward's status
      When the patch disconnects normally
      Then the monitor does not receive the patch's will

      @req:mqtt-3.1.1:MQTT-3.14.4-3 @pics:mqtt.version=3.1.1 @pics:mqtt.will
      Examples: MQTT 3.1.1
        | version |
        | 3.1.1   |

      @req:mqtt-5.0:MQTT-3.14.4-3 @pics:mqtt.version=5.0 @pics:mqtt.will
      Examples: MQTT 5.0
        | version |
        | 5.0     |

  Rule: A will with Will Retain set is published as a retained message

    @iottestware:TP_MQTT_BROKER_FEAT_LWT_004
    Scenario Outline: A monitor subscribing after a retained will was published receives it (MQTT <version>)
      Given a patch connected with MQTT <version> with a retained will on the ward's status
      When the patch loses its connection
      And a monitor subscribes to the ward's status after the will was published
      Then the monitor receives the patch's will as a retained message

      @req:mqtt-3.1.1:MQTT-3.1.2-17 @pics:mqtt.version=3.1.1 @pics:mqtt.retain @pics:mqtt.will
      Examples: MQTT 3.1.1
        | version |
        | 3.1.1   |

      @req:mqtt-5.0:MQTT-3.1.2-15 @pics:mqtt.version=5.0 @pics:mqtt.retain @pics:mqtt.will
      Examples: MQTT 5.0
        | version |
        | 5.0     |

  Rule: In MQTT 5.0 a will is published with its user properties in the order the client gave them

    @req:mqtt-5.0:MQTT-3.1.3-10 @pics:mqtt.version=5.0 @pics:mqtt.will
    Scenario: The broker publishes the will of a patch with its user properties in the patch's order
      Given a monitor subscribed with MQTT 5.0 to the ward's status
      And a patch connected with MQTT 5.0 with a will carrying user properties on the ward's status
      When the patch loses its connection
      Then the monitor receives the patch's will with its user properties in the patch's order

  Rule: A will without Will Retain is published as a normal message

    @iottestware:TP_MQTT_BROKER_FEAT_LWT_005
    Scenario Outline: A monitor subscribing after a non-retained will was published does not receive it (MQTT <version>)
      Given a monitor subscribed with MQTT <version> to the ward's status
      And a patch connected with MQTT <version> with a will on the ward's status
      When the patch loses its connection
      And a second monitor subscribes to the ward's status after the will was published
      Then the second monitor does not receive the patch's will

      @req:mqtt-3.1.1:MQTT-3.1.2-16 @pics:mqtt.version=3.1.1 @pics:mqtt.retain @pics:mqtt.will
      Examples: MQTT 3.1.1
        | version |
        | 3.1.1   |

      @req:mqtt-5.0:MQTT-3.1.2-14 @pics:mqtt.version=5.0 @pics:mqtt.retain @pics:mqtt.will
      Examples: MQTT 5.0
        | version |
        | 5.0     |

  Rule: A DISCONNECT with a reserved flag set is malformed, so it does not discard the will

    Scenario Outline: The broker publishes the will of a patch whose DISCONNECT sets a reserved flag (MQTT <version>)
      Given a monitor subscribed with MQTT <version> to the ward's status
      And a patch connected with MQTT <version> with a will on the ward's status
      When the patch disconnects normally with a reserved flag set in the DISCONNECT
      Then the monitor receives the patch's will, as it does a second patch's that loses its connection

      @req:mqtt-3.1.1:MQTT-3.14.1-1 @pics:mqtt.version=3.1.1 @pics:mqtt.will
      Examples: MQTT 3.1.1
        | version |
        | 3.1.1   |

      @req:mqtt-5.0:MQTT-3.14.1-1 @pics:mqtt.version=5.0 @pics:mqtt.will
      Examples: MQTT 5.0
        | version |
        | 5.0     |

  Rule: A will is removed from the session once published or once a normal DISCONNECT discarded it

    Scenario Outline: A published will is not published again when the patch's resumed session ends (MQTT <version>)
      Given a monitor subscribed with MQTT <version> to the ward's status
      And a patch keeping its session connected with MQTT <version> with a will on the ward's status
      When the patch loses its connection
      And the monitor has received the patch's will
      And the patch comes back to its session without a will
      And the patch loses its connection
      Then the monitor receives the patch's will only once

      @req:mqtt-3.1.1:MQTT-3.1.2-10 @pics:mqtt.version=3.1.1 @pics:mqtt.sessions @pics:mqtt.will
      Examples: MQTT 3.1.1
        | version |
        | 3.1.1   |

      @req:mqtt-5.0:MQTT-3.1.2-10 @pics:mqtt.version=5.0 @pics:mqtt.sessions @pics:mqtt.will
      Examples: MQTT 5.0
        | version |
        | 5.0     |

    Scenario Outline: A will discarded by a normal disconnect is not published when the patch's resumed session ends (MQTT <version>)
      Given a monitor subscribed with MQTT <version> to the ward's status
      And a patch keeping its session connected with MQTT <version> with a will on the ward's status
      When the patch disconnects normally
      And the patch comes back to its session without a will
      And the patch loses its connection
      Then the monitor never receives the patch's will

      @req:mqtt-3.1.1:MQTT-3.1.2-10 @pics:mqtt.version=3.1.1 @pics:mqtt.sessions @pics:mqtt.will
      Examples: MQTT 3.1.1
        | version |
        | 3.1.1   |

      @req:mqtt-5.0:MQTT-3.1.2-10 @pics:mqtt.version=5.0 @pics:mqtt.sessions @pics:mqtt.will
      Examples: MQTT 5.0
        | version |
        | 5.0     |

  Rule: A connection that sets no Will Flag leaves no will

    @req:mqtt-3.1.1:MQTT-3.1.2-12 @pics:mqtt.version=3.1.1 @pics:mqtt.will
    Scenario: The broker publishes no will when a patch that connected without one loses its connection
      Given a monitor subscribed with MQTT 3.1.1 to the ward's status
      And a patch connected with MQTT 3.1.1 with a will on the ward's status
      When the patch disconnects normally
      And the patch connects again with a clean session and without a will
      And the patch loses its connection
      Then the monitor receives no will for the connection without one
