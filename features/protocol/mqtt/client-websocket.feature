@device:temperature-patch
Feature: A reporting device speaks MQTT over WebSocket as MQTT asks
  A device that claims MQTT over WebSocket opens a WebSocket to the suite's broker on the path /mqtt
  before each connection, and its packets then travel in the WebSocket's frames. The broker records
  each opening handshake and every data frame of the device that is not binary. It sends the CONNACK
  of the first connection it accepts in two frames, and a SUBACK together with the commands after it
  in one, as a WebSocket sender may; after the observation window it sends one well-formed packet in
  a text frame, on which the device must close the connection.

  Background:
    Given the device has connected to the suite's broker

  Rule: A client offers mqtt as its WebSocket subprotocol

    Scenario Outline: The device offers the subprotocol mqtt whenever it opens a WebSocket (MQTT <version>)
      Then every WebSocket the device opened offered the subprotocol mqtt

      @req:mqtt-3.1.1:MQTT-6.0.0-3 @pics:mqtt.version=3.1.1 @pics:mqtt.webSocket
      Examples: MQTT 3.1.1
        | version |
        | 3.1.1   |

      @req:mqtt-5.0:MQTT-6.0.0-3 @pics:mqtt.version=5.0 @pics:mqtt.webSocket
      Examples: MQTT 5.0
        | version |
        | 5.0     |

  Rule: MQTT travels in binary frames, and a receiver closes the connection on any other data frame

    Scenario Outline: The device sends binary frames only, and closes the connection on a text frame (MQTT <version>)
      Then the device sent its packets in binary WebSocket frames only
      And the device closes the connection on which the broker sent it a packet in a WebSocket text frame

      @req:mqtt-3.1.1:MQTT-6.0.0-1 @pics:mqtt.version=3.1.1 @pics:mqtt.webSocket
      Examples: MQTT 3.1.1
        | version |
        | 3.1.1   |

      @req:mqtt-5.0:MQTT-6.0.0-1 @pics:mqtt.version=5.0 @pics:mqtt.webSocket
      Examples: MQTT 5.0
        | version |
        | 5.0     |

  Rule: A receiver reads MQTT packets whatever the WebSocket frame boundaries

    Scenario Outline: The device reads a packet split over two frames, and several packets in one (MQTT <version>)
      Then the device read the packets the broker split over WebSocket frames or joined in one

      @req:mqtt-3.1.1:MQTT-6.0.0-2 @pics:mqtt.version=3.1.1 @pics:mqtt.webSocket
      Examples: MQTT 3.1.1
        | version |
        | 3.1.1   |

      @req:mqtt-5.0:MQTT-6.0.0-2 @pics:mqtt.version=5.0 @pics:mqtt.webSocket
      Examples: MQTT 5.0
        | version |
        | 5.0     |
