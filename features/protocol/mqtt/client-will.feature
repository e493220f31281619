@device:temperature-patch
Feature: A reporting device leaves the will it claims, and no will flags without a will
  A device may leave a will with the broker when it connects: a message the broker publishes for it
  when its connection is lost without a DISCONNECT, so that a monitoring station learns that the
  patch went silent. The suite judges every CONNECT the device sent during the observation window.

  Background:
    Given the device has connected to the suite's broker

  Rule: The device leaves exactly the will it claims

    @req:iomt-temperature-patch:TP-WILL @pics:mqtt.will @iottestware:TP_MQTT_CLIENT_CONNECT_005
    Scenario: Every CONNECT of the device leaves the claimed will
      Then every CONNECT of the device leaves the claimed will

  Rule: A CONNECT without the Will flag asks for Will QoS 0

    @iottestware:TP_MQTT_CLIENT_CONNECT_006
    Scenario Outline: A CONNECT of the device without a will has Will QoS 0 (MQTT <version>)
      Then a CONNECT of the device without a will asks for no will QoS

      @req:mqtt-3.1.1:MQTT-3.1.2-13 @pics:mqtt.version=3.1.1
      Examples: MQTT 3.1.1
        | version |
        | 3.1.1   |

      @req:mqtt-5.0:MQTT-3.1.2-11 @pics:mqtt.version=5.0
      Examples: MQTT 5.0
        | version |
        | 5.0     |

  Rule: A CONNECT without the Will flag asks for Will Retain 0

    @iottestware:TP_MQTT_CLIENT_CONNECT_006
    Scenario Outline: A CONNECT of the device without a will has Will Retain 0 (MQTT <version>)
      Then a CONNECT of the device without a will asks for no retained will

      @req:mqtt-3.1.1:MQTT-3.1.2-15 @pics:mqtt.version=3.1.1
      Examples: MQTT 3.1.1
        | version |
        | 3.1.1   |

      @req:mqtt-5.0:MQTT-3.1.2-13 @pics:mqtt.version=5.0
      Examples: MQTT 5.0
        | version |
        | 5.0     |

  Rule: A CONNECT with a will asks for Will QoS 0, 1 or 2, never 3

    Scenario Outline: A CONNECT of the device with a will asks for a will QoS the protocol defines (MQTT <version>)
      Then a CONNECT of the device with a will asks for a will QoS the protocol defines

      @req:mqtt-3.1.1:MQTT-3.1.2-14 @pics:mqtt.version=3.1.1
      Examples: MQTT 3.1.1
        | version |
        | 3.1.1   |

      @req:mqtt-5.0:MQTT-3.1.2-12 @pics:mqtt.version=5.0
      Examples: MQTT 5.0
        | version |
        | 5.0     |
