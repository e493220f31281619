@device:temperature-patch
Feature: A reporting device delivers its readings exactly once
  A device that claims QoS 2 for its readings is the sender of the exchange that delivers each of them exactly
  once. The suite's broker receives every reading and completes every release; inside the observation window it
  drops one connection before it received a reading, and once the window has closed it drops one connection on a
  release before completing it. Each time it resumes the device's session, and the device owes it the step it
  had not finished.

  Background:
    Given the device has connected to the suite's broker

  Rule: A QoS 2 sender sends a new message at QoS 2 with DUP clear

    @req:mqtt-5.0:MQTT-4.3.3-2 @pics:mqtt.version=5.0 @pics:mqtt.qos=2
    Scenario: The device sends each new reading as a first transmission (MQTT 5.0)
      Then every new reading delivered exactly once goes out marked as a first transmission

  Rule: A QoS 2 sender holds a message unacknowledged until the receiver's PUBREC

    @req:mqtt-5.0:MQTT-4.3.3-3 @pics:mqtt.version=5.0 @pics:mqtt.qos=2 @pics:mqtt.session=persistent
    Scenario: The device sends a reading the broker had not received again on the resumed session (MQTT 5.0)
      Given the broker lost the connection while a reading awaited its acknowledgement
      Then a reading the broker had not yet received when the connection was lost goes out again, marked as a resend

  Rule: A QoS 2 sender answers a PUBREC below 0x80 with a PUBREL under the same packet identifier

    @req:mqtt-5.0:MQTT-4.3.3-4 @pics:mqtt.version=5.0 @pics:mqtt.qos=2
    Scenario: The device releases every reading the broker received (MQTT 5.0)
      Then the device releases every reading the broker received, under that reading's packet identifier

  Rule: A QoS 2 sender holds its PUBREL unacknowledged until the receiver's PUBCOMP

    @req:mqtt-5.0:MQTT-4.3.3-5 @pics:mqtt.version=5.0 @pics:mqtt.qos=2 @pics:mqtt.session=persistent
    Scenario: The device releases again a reading whose release the broker had not completed (MQTT 5.0)
      Then a release the broker had not yet completed when the connection was lost goes out again

  Rule: A QoS 2 sender never publishes a message again once it has released it

    @req:mqtt-5.0:MQTT-4.3.3-6 @pics:mqtt.version=5.0 @pics:mqtt.qos=2 @pics:mqtt.session=persistent
    Scenario: The device does not publish a released reading again (MQTT 5.0)
      Then a reading the device has released is never published again, even after a lost connection

  Rule: In MQTT 3.1.1 the whole exchange of the QoS 2 sender is one statement

    @req:mqtt-3.1.1:MQTT-4.3.3-1 @pics:mqtt.version=3.1.1 @pics:mqtt.qos=2 @pics:mqtt.session=persistent
    Scenario: The device follows the exchange that delivers a reading exactly once (MQTT 3.1.1)
      Given the broker lost the connection while a reading awaited its acknowledgement
      Then the device follows the whole exchange of a reading delivered exactly once, across a lost connection too

  Rule: In MQTT 5.0 a QoS 2 sender gives each new message a packet identifier no message in flight holds
    After the window the suite's broker leaves a reading without its receipt and drops the connection on the next,
    on connections whose CONNACK announces a Receive Maximum of 2.

    @req:mqtt-5.0:MQTT-4.3.3-1 @pics:mqtt.version=5.0 @pics:mqtt.qos=2 @pics:mqtt.session=persistent
    Scenario: The device gives a new reading a packet identifier no reading awaiting its receipt holds (MQTT 5.0)
      Then while the broker left readings unacknowledged, each new reading of the device took a packet identifier none of them held

  Rule: A client sends its PUBRELs in the order the PUBRECs came
    After the window the suite's broker holds back its receipt of one reading until the next has come, and
    acknowledges the later one first (in MQTT 5.0 on connections whose CONNACK announces a Receive Maximum of 2,
    which lets two readings await their receipt at once).

    Scenario Outline: The device releases two readings in the order the broker received them (MQTT <version>)
      Then the device releases the readings in the order the broker received them

      @req:mqtt-3.1.1:MQTT-4.6.0-4 @pics:mqtt.version=3.1.1 @pics:mqtt.qos=2
      Examples: MQTT 3.1.1
        | version |
        | 3.1.1   |

      @req:mqtt-5.0:MQTT-4.6.0-4 @pics:mqtt.version=5.0 @pics:mqtt.qos=2
      Examples: MQTT 5.0
        | version |
        | 5.0     |

  Rule: A PUBREL carries the fixed-header flags 0010

    Scenario Outline: The device's releases carry the flags a release requires (MQTT <version>)
      Then every release of the device carries the fixed-header flags a release requires

      @req:mqtt-3.1.1:MQTT-3.6.1-1 @pics:mqtt.version=3.1.1 @pics:mqtt.qos=2
      Examples: MQTT 3.1.1
        | version |
        | 3.1.1   |

      @req:mqtt-5.0:MQTT-3.6.1-1 @pics:mqtt.version=5.0 @pics:mqtt.qos=2
      Examples: MQTT 5.0
        | version |
        | 5.0     |

  Rule: In MQTT 5.0 a PUBREL carries a reason code defined for it

    @req:mqtt-5.0:MQTT-3.6.2-1 @pics:mqtt.version=5.0 @pics:mqtt.qos=2
    Scenario: The device's releases carry a defined reason code (MQTT 5.0)
      Then every release of the device carries a reason code the protocol defines for it

  Rule: A client keeps its session state while its network connection is open
    The suite's broker sends the receipt of some readings late on the connection they went out on: in MQTT 5.0 it
    holds one under the Receive Maximum it announces, and in MQTT 3.1.1, after the window, it holds one back until
    the next reading has come. A device that kept the reading in its session releases it then; one that discarded it says it knows no
    such packet identifier, or answers nothing.

    Scenario Outline: The device still holds a reading whose receipt comes late on the same connection (MQTT <version>)
      Then a reading the broker received late on the same connection is released as one the device still holds

      @req:mqtt-3.1.1:MQTT-4.1.0-2 @pics:mqtt.version=3.1.1 @pics:mqtt.qos=2
      Examples: MQTT 3.1.1
        | version |
        | 3.1.1   |

      @req:mqtt-5.0:MQTT-4.1.0-1 @pics:mqtt.version=5.0 @pics:mqtt.qos=2
      Examples: MQTT 5.0
        | version |
        | 5.0     |
