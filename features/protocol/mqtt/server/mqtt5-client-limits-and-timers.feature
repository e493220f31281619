@device:mqtt-broker
Feature: A broker keeps to the limits and timers an MQTT 5.0 client asks for
  An MQTT 5.0 client tells the broker how many unacknowledged messages it takes at once, how large a packet it
  accepts, how long its session outlives its connection and how long its will waits for it to come back. The suite
  asks for each and judges what the broker does. The intervals come from the profile's timers; where the broker must
  hold something back, another client shows that there was something to hold back.

  Rule: The broker sends no more unacknowledged messages than the client's Receive Maximum

    @req:mqtt-5.0:MQTT-3.3.4-9 @pics:mqtt.version=5.0 @pics:mqtt.qos=1 @paho5:test_flow_control1
    Scenario: A monitor that allows two unacknowledged readings is not sent a third
      Given a monitor that allows two unacknowledged readings has subscribed to the patch's readings
      And the monitor stops acknowledging readings
      When the patch publishes three readings at QoS 1
      Then the monitor has no more than two readings awaiting its acknowledgement

  Rule: The broker's send quota starts at no more than the client's Receive Maximum, and above zero

    @req:mqtt-5.0:MQTT-4.9.0-1 @pics:mqtt.version=5.0 @pics:mqtt.qos=1
    Scenario: A monitor that takes one reading at a time is sent one at once and the next after its acknowledgement
      Given a monitor that takes one unacknowledged reading at a time has subscribed to the patch's readings and holds its acknowledgements
      When the patch publishes two readings at QoS 1
      And the monitor acknowledges the first reading
      Then the broker sends the second reading only after the first is acknowledged

  Rule: While its send quota is zero the broker sends no further QoS 1 or QoS 2 message

    @req:mqtt-5.0:MQTT-4.9.0-2 @pics:mqtt.version=5.0 @pics:mqtt.qos=1
    Scenario: A monitor with no quota left is sent the next reading only once it acknowledges
      Given a monitor that takes one unacknowledged reading at a time has subscribed to the patch's readings and holds its acknowledgements
      When the patch publishes two readings at QoS 1
      And the monitor acknowledges the first reading
      Then the broker sends the second reading only after the first is acknowledged

  Rule: While its send quota is zero the broker still answers the client's other packets

    @req:mqtt-5.0:MQTT-4.9.0-3 @pics:mqtt.version=5.0 @pics:mqtt.qos=1
    Scenario: A monitor holding a reading unacknowledged still has its ping and subscription answered
      Given a monitor that takes one unacknowledged reading at a time has subscribed to the patch's readings and holds its acknowledgements
      When the patch publishes two readings at QoS 1
      And the monitor has received the first reading without acknowledging it
      And the monitor pings the broker
      And the monitor subscribes to the ward's status
      Then the broker answers the monitor's ping and subscription

  Rule: The broker does not hold back packets other than PUBLISH because the client's Receive Maximum is reached

    @req:mqtt-5.0:MQTT-3.3.4-10 @pics:mqtt.version=5.0 @pics:mqtt.qos=1
    Scenario: A monitor with as many readings unacknowledged as it allows has its ping and subscription answered at once
      Given a monitor that takes one unacknowledged reading at a time has subscribed to the patch's readings and holds its acknowledgements
      When the patch publishes two readings at QoS 1
      And the monitor has received the first reading without acknowledging it
      And the monitor pings the broker
      And the monitor subscribes to the ward's status
      Then the broker answers the monitor's ping and subscription

  Rule: The broker sends no packet larger than the client's Maximum Packet Size

    @req:mqtt-5.0:MQTT-3.1.2-24 @pics:mqtt.version=5.0 @paho5:test_maximum_packet_size
    Scenario: A monitor that accepts only small packets is not sent a reading too large for it
      Given a monitor that accepts only small packets has subscribed to the patch's readings
      When the patch publishes a reading too large for the monitor
      And the patch publishes a reading small enough for the monitor
      Then the broker sends the monitor no packet larger than it accepts

  Rule: A session is discarded once its Session Expiry Interval has passed

    @req:mqtt-5.0:MQTT-4.1.0-2 @pics:mqtt.version=5.0 @pics:mqtt.sessions @paho5:test_session_expiry
    Scenario: A monitor coming back after its session expired finds no session
      Given a monitor whose session expires after the session expiry interval has subscribed and gone away
      And a station whose session lasts longer has subscribed and gone away
      When the session expiry interval passes
      And the station asks to resume its session
      And the monitor asks to resume its session
      Then the broker says the monitor has no session any more

  Rule: A client that comes back within its Will Delay Interval has no will published

    @req:mqtt-5.0:MQTT-3.1.3-9 @pics:mqtt.version=5.0 @pics:mqtt.will @paho5:test_will_delay
    Scenario: A patch that reconnects within its will delay has no will published
      Given a station watches for the patches' wills
      And a patch has connected with a will delayed by the will delay interval
      And a second patch has connected with a will delayed by the will delay interval
      When the patch loses its connection
      And the second patch loses its connection
      And the patch reconnects to its session early in the will delay
      And the will delay interval passes
      Then the station does not receive the will of the patch that came back
