@device:mqtt-broker
Feature: A broker that does not authorise a PUBLISH answers it as the protocol allows
  An MQTT 3.1.1 broker has no way to tell a client that it refused its PUBLISH: it either acknowledges the PUBLISH as
  its QoS asks, or closes the connection. The suite publishes to a topic the broker does not authorise it to publish
  to (the suite's own Mosquitto denies one on a restricted listener; a live broker's profile names one) and judges the
  answer; silence on a connection that stays open counts only beside a later PUBLISH the broker acknowledged.

  Rule: A PUBLISH the broker does not authorise is acknowledged as usual or the connection is closed

    @req:mqtt-3.1.1:MQTT-3.3.5-2 @pics:mqtt.version=3.1.1 @pics:mqtt.qos=1
    Scenario: A patch publishing on a topic it may not publish to gets a PUBACK or loses its connection
      Given a patch connected where the broker does not authorise it to publish on one topic
      When the patch publishes a reading at QoS 1 on that topic
      Then the broker acknowledges the reading as usual or closes the connection
