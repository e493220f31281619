@device:temperature-patch
Feature: A reporting device's CONNECT payload holds the fields its flags announce, in order and well encoded
  The CONNECT's flags say which fields its payload holds after the client identifier: the will, a user name,
  a password. The suite reads every CONNECT the device sent from its bytes, field by field, so that a CONNECT
  whose flags and fields disagree, which the suite's broker rejects, is judged too. A rule about CONNECTs
  with a flag set (or clear) is not applicable when the device sent none, saying why.

  Background:
    Given the device has connected to the suite's broker
  Rule: The CONNECT holds the will's fields whenever it sets the Will flag

    Scenario Outline: A CONNECT of the device with the Will flag holds the will's fields (MQTT <version>)
      Then a CONNECT of the device with the Will flag holds the will's fields

      @req:mqtt-3.1.1:MQTT-3.1.2-9 @pics:mqtt.version=3.1.1
      Examples: MQTT 3.1.1
        | version |
        | 3.1.1   |

      @req:mqtt-5.0:MQTT-3.1.2-9 @pics:mqtt.version=5.0
      Examples: MQTT 5.0
        | version |
        | 5.0     |

  Rule: In MQTT 3.1.1 a CONNECT without the Will flag holds no will

    @req:mqtt-3.1.1:MQTT-3.1.2-11 @pics:mqtt.version=3.1.1
    Scenario: A CONNECT of the device without the Will flag holds no will
      Then a CONNECT of the device without the Will flag holds no will

  Rule: The CONNECT holds a user name whenever it sets the User Name flag

    Scenario Outline: A CONNECT of the device with the User Name flag holds a user name (MQTT <version>)
      Then a CONNECT of the device with the User Name flag holds a user name

      @req:mqtt-3.1.1:MQTT-3.1.2-19 @pics:mqtt.version=3.1.1
      Examples: MQTT 3.1.1
        | version |
        | 3.1.1   |

      @req:mqtt-5.0:MQTT-3.1.2-17 @pics:mqtt.version=5.0
      Examples: MQTT 5.0
        | version |
        | 5.0     |

  Rule: The CONNECT holds no user name when it leaves the User Name flag clear

    Scenario Outline: A CONNECT of the device without the User Name flag holds no user name (MQTT <version>)
      Then a CONNECT of the device without the User Name flag holds no user name

      @req:mqtt-3.1.1:MQTT-3.1.2-18 @pics:mqtt.version=3.1.1
      Examples: MQTT 3.1.1
        | version |
        | 3.1.1   |

      @req:mqtt-5.0:MQTT-3.1.2-16 @pics:mqtt.version=5.0
      Examples: MQTT 5.0
        | version |
        | 5.0     |

  Rule: The CONNECT holds a password whenever it sets the Password flag

    Scenario Outline: A CONNECT of the device with the Password flag holds a password (MQTT <version>)
      Then a CONNECT of the device with the Password flag holds a password

      @req:mqtt-3.1.1:MQTT-3.1.2-21 @pics:mqtt.version=3.1.1
      Examples: MQTT 3.1.1
        | version |
        | 3.1.1   |

      @req:mqtt-5.0:MQTT-3.1.2-19 @pics:mqtt.version=5.0
      Examples: MQTT 5.0
        | version |
        | 5.0     |

  Rule: The CONNECT holds no password when it leaves the Password flag clear

    Scenario Outline: A CONNECT of the device without the Password flag holds no password (MQTT <version>)
      Then a CONNECT of the device without the Password flag holds no password

      @req:mqtt-3.1.1:MQTT-3.1.2-20 @pics:mqtt.version=3.1.1
      Examples: MQTT 3.1.1
        | version |
        | 3.1.1   |

      @req:mqtt-5.0:MQTT-3.1.2-18 @pics:mqtt.version=5.0
      Examples: MQTT 5.0
        | version |
        | 5.0     |

  Rule: In MQTT 3.1.1 a CONNECT without a user name carries no password

    @req:mqtt-3.1.1:MQTT-3.1.2-22 @pics:mqtt.version=3.1.1
    Scenario: A CONNECT of the device without a user name sets no Password flag
      Then a CONNECT of the device without a user name sets no Password flag

  Rule: The payload fields of a CONNECT stand in the standard's order
    The suite reads the fields in the order the flags announce them and compares each with what the profile
    says the device sends: a claimed user name or will topic found in another field's place is out of order.

    Scenario Outline: The device's CONNECT holds its payload fields in order (MQTT <version>)
      Then every CONNECT of the device holds its payload fields in the standard's order

      @req:mqtt-3.1.1:MQTT-3.1.3-1 @pics:mqtt.version=3.1.1
      Examples: MQTT 3.1.1
        | version |
        | 3.1.1   |

      @req:mqtt-5.0:MQTT-3.1.3-1 @pics:mqtt.version=5.0
      Examples: MQTT 5.0
        | version |
        | 5.0     |

  Rule: The client identifier is always the first field of the CONNECT payload

    Scenario Outline: The device's CONNECT begins its payload with the client identifier (MQTT <version>)
      Then every CONNECT of the device begins its payload with the client identifier

      @req:mqtt-3.1.1:MQTT-3.1.3-3 @pics:mqtt.version=3.1.1
      Examples: MQTT 3.1.1
        | version |
        | 3.1.1   |

      @req:mqtt-5.0:MQTT-3.1.3-3 @pics:mqtt.version=5.0
      Examples: MQTT 5.0
        | version |
        | 5.0     |

  Rule: The client identifier is a UTF-8 string

    Scenario Outline: The device's client identifier is a UTF-8 string (MQTT <version>)
      Then every client identifier of the device is a UTF-8 string

      @req:mqtt-3.1.1:MQTT-3.1.3-4 @pics:mqtt.version=3.1.1
      Examples: MQTT 3.1.1
        | version |
        | 3.1.1   |

      @req:mqtt-5.0:MQTT-3.1.3-4 @pics:mqtt.version=5.0
      Examples: MQTT 5.0
        | version |
        | 5.0     |

  Rule: The will topic is a UTF-8 string

    Scenario Outline: The device's will topic is a UTF-8 string (MQTT <version>)
      Then every will topic of the device is a UTF-8 string

      @req:mqtt-3.1.1:MQTT-3.1.3-10 @pics:mqtt.version=3.1.1
      Examples: MQTT 3.1.1
        | version |
        | 3.1.1   |

      @req:mqtt-5.0:MQTT-3.1.3-11 @pics:mqtt.version=5.0
      Examples: MQTT 5.0
        | version |
        | 5.0     |

  Rule: The user name is a UTF-8 string

    Scenario Outline: The device's user name is a UTF-8 string (MQTT <version>)
      Then every user name of the device is a UTF-8 string

      @req:mqtt-3.1.1:MQTT-3.1.3-11 @pics:mqtt.version=3.1.1
      Examples: MQTT 3.1.1
        | version |
        | 3.1.1   |

      @req:mqtt-5.0:MQTT-3.1.3-12 @pics:mqtt.version=5.0
      Examples: MQTT 5.0
        | version |
        | 5.0     |
