@device:mqtt-broker
Feature: A broker honours the MQTT 5.0 options of a subscription
  An MQTT 5.0 subscriber can name its subscription with an identifier, decline its own messages, ask for the retain
  flag as published, decline the retained messages when it subscribes, and share a subscription with others. The suite subscribes with each option and
  judges what the broker delivers. Where the option asks the broker to hold something back, another client that did
  not ask so shows that there was something to hold back; without it the scenario is inconclusive.

  Rule: A delivery carries the identifiers of the subscriptions it matched

    @req:mqtt-5.0:MQTT-3.3.4-3 @pics:mqtt.version=5.0 @pics:mqtt.subscriptionIdentifiers @paho5:test_subscribe_identifiers
    Scenario: A monitor receives a reading with the identifiers of both subscriptions it matched
      Given a monitor has two overlapping subscriptions to the patch's readings, each under its own identifier
      When the patch publishes a reading
      Then the monitor receives the reading with the identifiers of both subscriptions

  Rule: With No Local a client does not receive its own messages

    @req:mqtt-5.0:MQTT-3.8.3-3 @pics:mqtt.version=5.0 @paho5:test_subscribe_options
    Scenario: A gateway that asked not to receive its own messages does not get its reading back
      Given a gateway has subscribed to the readings asking not to receive its own messages
      When the gateway publishes a reading of its own
      And a patch publishes a reading of its own
      Then the gateway does not receive its own reading

  Rule: With Retain As Published a message keeps the retain flag it was published with

    @req:mqtt-5.0:MQTT-3.3.1-13 @pics:mqtt.version=5.0 @pics:mqtt.retain @paho5:test_subscribe_options
    Scenario: A monitor that asked for the retain flag as published receives a live retained reading with the flag set
      Given a monitor has subscribed to the patch's readings asking for the retain flag as published
      When the patch publishes a retained reading
      And a station subscribes to the patch's readings afterwards
      Then the monitor receives the retained reading with the retain flag set

  Rule: With Retain Handling 2 no retained message is sent on subscribing

    @req:mqtt-5.0:MQTT-3.3.1-11 @pics:mqtt.version=5.0 @pics:mqtt.retain @paho5:test_subscribe_options
    Scenario: A monitor that asked for no retained messages does not receive the retained reading
      Given the patch has published a retained reading
      When a monitor subscribes to the patch's readings asking for no retained messages
      And a station subscribes to the patch's readings afterwards
      Then the monitor does not receive the retained reading

  Rule: A member of a shared subscription receives messages at no more than the QoS it was granted

    @req:mqtt-5.0:MQTT-4.8.2-3 @pics:mqtt.version=5.0 @pics:mqtt.sharedSubscriptions @pics:mqtt.qos=1 @paho5:test_shared_subscriptions
    Scenario: A monitor sharing a subscription at QoS 0 receives a reading published at QoS 1 at QoS 0
      Given a monitor has joined a shared subscription to the patch's readings at QoS 0
      When the patch publishes a reading
      Then the monitor receives the reading at the QoS its shared subscription was granted

  Rule: With Retain Handling 1 retained messages are sent only for a subscription that did not exist

    @req:mqtt-5.0:MQTT-3.3.1-10 @pics:mqtt.version=5.0 @pics:mqtt.retain @pics:mqtt.qos=1
    Scenario: A monitor that subscribes again asking for retained messages only on a new subscription does not get the retained reading twice
      Given a monitor that received the patch's retained reading when it subscribed asking for retained messages only on a new subscription
      When the monitor subscribes to the patch's readings again at QoS 0
      Then the monitor does not receive the retained reading again, while a station subscribing afterwards does

  Rule: A copy sent for each overlapping subscription carries that subscription's identifier only
    A broker may send one copy for all the subscriptions instead; then this rule does not arise and the scenario is
    not applicable.

    @req:mqtt-5.0:MQTT-3.3.4-5 @pics:mqtt.version=5.0 @pics:mqtt.subscriptionIdentifiers @pics:mqtt.wildcards
    Scenario: A monitor gets each copy of a reading under the identifier of the subscription it was sent for
      Given a monitor has three overlapping subscriptions to the patch's readings, two under identifiers of their own and one without
      When the patch publishes a reading that all three subscriptions match
      Then each copy the broker sends for one of the subscriptions carries that subscription's identifier and no other

  Rule: A message the chosen member of a shared subscription refuses is discarded, neither offered to another member nor sent again

    @req:mqtt-5.0:MQTT-4.8.2-6 @pics:mqtt.version=5.0 @pics:mqtt.sharedSubscriptions @pics:mqtt.qos=1
    Scenario: A reading one monitor of a shared subscription refuses does not reach the other monitor
      Given two monitors have joined a shared subscription to the patch's readings at QoS 1
      When the monitor that receives the patch's next reading refuses it
      Then once the refusing monitor has left, neither monitor has received the refused reading again, while the other one receives later readings

  Rule: A QoS 2 delivery to the chosen member of a shared subscription that lost its connection is completed to that member when it comes back

    @req:mqtt-5.0:MQTT-4.8.2-4 @pics:mqtt.version=5.0 @pics:mqtt.sharedSubscriptions @pics:mqtt.qos=2 @pics:mqtt.sessions
    Scenario: A monitor of a shared subscription that lost its connection during a QoS 2 delivery gets the reading when it comes back
      Given two monitors with lasting sessions have joined a shared subscription to the patch's readings at QoS 2
      When the monitor that receives the patch's next reading loses its connection before acknowledging it
      And that monitor comes back to its session
      Then the monitor that came back receives the reading again

  Rule: A QoS 2 message whose chosen member's session ends before the member comes back is not sent to another member

    @req:mqtt-5.0:MQTT-4.8.2-5 @pics:mqtt.version=5.0 @pics:mqtt.sharedSubscriptions @pics:mqtt.qos=2 @pics:mqtt.sessions
    Scenario: A reading whose monitor lost its connection and its session does not go to the other monitor of the shared subscription
      Given two monitors whose sessions expire soon after their connections have joined a shared subscription to the patch's readings at QoS 2
      When the monitor that receives the patch's next reading loses its connection before acknowledging it
      And that monitor comes back after its session has expired
      Then the other monitor does not receive the reading, while it receives later ones

  Rule: A single copy sent for overlapping subscriptions carries the identifiers of all of them
    A broker may send a copy per subscription instead; then this rule does not arise and the scenario is not
    applicable.

    @req:mqtt-5.0:MQTT-3.3.4-4 @pics:mqtt.version=5.0 @pics:mqtt.subscriptionIdentifiers @pics:mqtt.wildcards
    Scenario: A monitor that gets one copy of a reading for all its overlapping subscriptions finds every identifier in it
      Given a monitor has three overlapping subscriptions to the patch's readings, two under identifiers of their own and one without
      When the patch publishes a reading that all three subscriptions match
      Then a single copy the broker sends for all the subscriptions carries the identifiers of every one that has one
