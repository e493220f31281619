@device:temperature-patch
Feature: A reporting device sends well-formed SenML packs
  Every reading's payload is judged against the rules of RFC 8428 for the JSON representation.
  A retransmitted reading is judged once.

  Background:
    Given the device has connected to the suite's broker

  Rule: A SenML JSON payload is an array of record objects whose fields have their defined types

    @req:rfc8428-senml:RFC8428-5 @pics:payload.format=senml+json
    Scenario: Every payload of the device is a SenML JSON pack
      Then every payload is a SenML JSON pack of records with well-typed fields

  Rule: A pack uses a version the receiver implements and no label the receiver must understand but does not

    @req:rfc8428-senml:RFC8428-4.4 @pics:payload.format=senml+json
    Scenario: Every pack of the device can be understood by a version 10 receiver
      Then every pack has a supported version and no unknown must-understand label

  Rule: A resolved name is not empty and uses only the characters SenML allows

    @req:rfc8428-senml:RFC8428-4.5.1 @pics:payload.format=senml+json
    Scenario: Every record of the device has a valid name
      Then every resolved record name is a valid SenML name

  Rule: A record carries exactly one value, unless it carries a sum

    @req:rfc8428-senml:RFC8428-4.2 @pics:payload.format=senml+json
    Scenario: Every record of the device carries exactly one value
      Then every record carries exactly one value

  Rule: Units come from the SenML units registry

    @req:rfc8428-senml:RFC8428-12.1 @pics:payload.format=senml+json
    Scenario: Every unit the device uses is registered
      Then every unit is in the SenML units registry

  Rule: Numbers are written short enough for any receiver to read them without loss

    @req:rfc8428-senml:RFC8428-5-number-length @pics:payload.format=senml+json
    Scenario: Every number in the device's packs is short enough to read without loss
      Then every number in every pack is written short enough to read without loss
