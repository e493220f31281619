@device:mqtt-broker
Feature: A broker survives a sweep of malformed packets
  The suite sends a generated corpus of malformed packets, each on a connection of its own (after a well-formed CONNECT,
  but for the malformed CONNECTs), a few side by side. The broker must close every one of those connections within the
  response time, in MQTT 5.0 perhaps after a DISCONNECT or a CONNACK with a failure code, and must go on serving: a
  control client connected for the whole sweep sends itself a message after every batch and at the end.

  Rule: A broker closes a connection whose packet breaks the framing or structure of MQTT

    Scenario Outline: The broker closes each connection of the framing sweep and keeps serving (MQTT <version>)
      Given a control client connected with MQTT <version> for the whole sweep
      When the sweep sends each malformed packet of the "framing" family on a connection of its own
      Then the broker closes every one of those connections and keeps serving the control client

      @req:mqtt-3.1.1:MQTT-4.8.0-1 @pics:mqtt.version=3.1.1
      Examples: MQTT 3.1.1
        | version |
        | 3.1.1   |

      @req:mqtt-5.0:MQTT-4.13.1-1 @pics:mqtt.version=5.0
      Examples: MQTT 5.0
        | version |
        | 5.0     |

  Rule: A broker closes a connection whose packet sets fixed-header flags its type forbids

    Scenario Outline: The broker closes each connection of the header flags sweep and keeps serving (MQTT <version>)
      Given a control client connected with MQTT <version> for the whole sweep
      When the sweep sends each malformed packet of the "header flags" family on a connection of its own
      Then the broker closes every one of those connections and keeps serving the control client

      @req:mqtt-3.1.1:MQTT-2.2.2-2 @pics:mqtt.version=3.1.1
      Examples: MQTT 3.1.1
        | version |
        | 3.1.1   |

      @req:mqtt-5.0:MQTT-4.13.1-1 @pics:mqtt.version=5.0
      Examples: MQTT 5.0
        | version |
        | 5.0     |

  Rule: A broker closes a connection whose packet holds a string that is not well-formed UTF-8

    Scenario Outline: The broker closes each connection of the utf8 sweep and keeps serving (MQTT <version>)
      Given a control client connected with MQTT <version> for the whole sweep
      When the sweep sends each malformed packet of the "utf8" family on a connection of its own
      Then the broker closes every one of those connections and keeps serving the control client

      @req:mqtt-3.1.1:MQTT-1.5.3-1 @pics:mqtt.version=3.1.1
      Examples: MQTT 3.1.1
        | version |
        | 3.1.1   |

      @req:mqtt-5.0:MQTT-1.5.4-1 @pics:mqtt.version=5.0
      Examples: MQTT 5.0
        | version |
        | 5.0     |

  Rule: A broker closes a connection whose packet holds a string with the null character

    Scenario Outline: The broker closes each connection of the null character sweep and keeps serving (MQTT <version>)
      Given a control client connected with MQTT <version> for the whole sweep
      When the sweep sends each malformed packet of the "null character" family on a connection of its own
      Then the broker closes every one of those connections and keeps serving the control client

      @req:mqtt-3.1.1:MQTT-1.5.3-2 @pics:mqtt.version=3.1.1
      Examples: MQTT 3.1.1
        | version |
        | 3.1.1   |

      @req:mqtt-5.0:MQTT-1.5.4-2 @pics:mqtt.version=5.0
      Examples: MQTT 5.0
        | version |
        | 5.0     |

  Rule: A broker closes an MQTT 5.0 connection whose packet carries properties that break the property rules

    Scenario Outline: The broker closes each connection of the properties sweep and keeps serving (MQTT <version>)
      Given a control client connected with MQTT <version> for the whole sweep
      When the sweep sends each malformed packet of the "properties" family on a connection of its own
      Then the broker closes every one of those connections and keeps serving the control client

      @req:mqtt-5.0:MQTT-4.13.1-1 @pics:mqtt.version=5.0
      Examples: MQTT 5.0
        | version |
        | 5.0     |

  Rule: A broker closes a connection whose UNSUBSCRIBE sets fixed-header flags other than 0010

    Scenario Outline: The broker closes each connection of the unsubscribe flags sweep and keeps serving (MQTT <version>)
      Given a control client connected with MQTT <version> for the whole sweep
      When the sweep sends each malformed packet of the "unsubscribe flags" family on a connection of its own
      Then the broker closes every one of those connections and keeps serving the control client

      @req:mqtt-3.1.1:MQTT-3.10.1-1 @pics:mqtt.version=3.1.1
      Examples: MQTT 3.1.1
        | version |
        | 3.1.1   |

      @req:mqtt-5.0:MQTT-3.10.1-1 @pics:mqtt.version=5.0
      Examples: MQTT 5.0
        | version |
        | 5.0     |

  Rule: A broker closes an MQTT 5.0 connection whose User Property has a name or value that breaks the UTF-8 string rules

    Scenario Outline: The broker closes each connection of the string pair sweep and keeps serving (MQTT <version>)
      Given a control client connected with MQTT <version> for the whole sweep
      When the sweep sends each malformed packet of the "string pair" family on a connection of its own
      Then the broker closes every one of those connections and keeps serving the control client

      @req:mqtt-5.0:MQTT-1.5.7-1 @pics:mqtt.version=5.0
      Examples: MQTT 5.0
        | version |
        | 5.0     |

  Rule: A broker closes an MQTT 5.0 connection whose PUBLISH carries a Response Topic that is not well-formed UTF-8

    Scenario Outline: The broker closes each connection of the response topic sweep and keeps serving (MQTT <version>)
      Given a control client connected with MQTT <version> for the whole sweep
      When the sweep sends each malformed packet of the "response topic" family on a connection of its own
      Then the broker closes every one of those connections and keeps serving the control client

      @req:mqtt-5.0:MQTT-3.3.2-13 @pics:mqtt.version=5.0
      Examples: MQTT 5.0
        | version |
        | 5.0     |

  Rule: A broker closes an MQTT 5.0 connection whose PUBLISH carries a Content Type that is not well-formed UTF-8

    Scenario Outline: The broker closes each connection of the content type sweep and keeps serving (MQTT <version>)
      Given a control client connected with MQTT <version> for the whole sweep
      When the sweep sends each malformed packet of the "content type" family on a connection of its own
      Then the broker closes every one of those connections and keeps serving the control client

      @req:mqtt-5.0:MQTT-3.3.2-19 @pics:mqtt.version=5.0
      Examples: MQTT 5.0
        | version |
        | 5.0     |
