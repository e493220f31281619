@device:mqtt-broker
Feature: A broker forwards topic names with every character they hold
  The product under test is an MQTT server. The suite publishes on topics whose names hold characters that a careless
  reader of UTF-8 might drop, and judges the topic names the broker's subscribers receive, byte for byte.

  Rule: A zero width no-break space inside a string is kept, never skipped or stripped as a byte order mark

    Scenario Outline: A topic name holding a zero width no-break space reaches its subscribers unchanged (MQTT <version>)
      Given a monitor subscribed with MQTT <version> to every topic of the ward
      And a station subscribed with MQTT <version> to the ward topic whose name holds a zero width no-break space
      When a patch publishes a reading on the topic holding the zero width no-break space
      Then the monitor and the station both receive the reading under that topic name, the zero width no-break space kept

      @req:mqtt-3.1.1:MQTT-1.5.3-3 @pics:mqtt.version=3.1.1 @pics:mqtt.wildcards
      Examples: MQTT 3.1.1
        | version |
        | 3.1.1   |

      @req:mqtt-5.0:MQTT-1.5.4-3 @pics:mqtt.version=5.0 @pics:mqtt.wildcards
      Examples: MQTT 5.0
        | version |
        | 5.0     |
