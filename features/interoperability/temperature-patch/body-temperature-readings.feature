@device:temperature-patch
Feature: A temperature patch reports body temperature as its profile claims
  A receiving system configured from the profile must be able to use every reading without adaptation:
  same topic, same QoS, same unit, a plausible value, a trustworthy time, the claimed rhythm.

  Background:
    Given the device has connected to the suite's broker

  Rule: Readings are published on the claimed topic

    @req:iomt-temperature-patch:TP-TOPIC @pics:mqtt.topic
    Scenario: The patch publishes every reading on its claimed topic
      Then every reading is published on the claimed topic

  Rule: Readings are published at the claimed QoS

    @req:iomt-temperature-patch:TP-QOS @pics:mqtt.qos
    Scenario: The patch publishes every reading at its claimed QoS
      Then every reading is published at the claimed QoS

  Rule: Body temperature is reported in the claimed unit

    @req:iomt-temperature-patch:TP-UNIT @pics:temperature.unit
    Scenario: The patch reports body temperature in its claimed unit
      Then the body temperature is reported in the claimed unit

  Rule: Body temperature lies within a plausible range

    @req:iomt-temperature-patch:TP-RANGE @pics:temperature.unit
    Scenario: The patch reports plausible body temperatures
      Then the body temperature lies within the plausible range

  Rule: A reading's time agrees with the receiver's clock within the profile's tolerance

    @req:iomt-temperature-patch:TP-CLOCK @pics:payload.format=senml+json
    Scenario: The patch stamps readings with the current time
      Then every reading's time agrees with the suite's clock

  Rule: Readings arrive at the claimed interval, within the profile's tolerance

    @req:iomt-temperature-patch:TP-INTERVAL @pics:reporting.interval
    Scenario: The patch reports at its claimed interval
      Then readings arrive at the claimed reporting interval
