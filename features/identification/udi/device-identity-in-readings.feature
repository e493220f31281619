@device:temperature-patch
Feature: A reporting device states its UDI in every reading
  The device names itself in the SenML base name as a GS1 Digital Link URI of its UDI: the GTIN as the
  device identifier and the serial number as the production identifier.

  Background:
    Given the device has connected to the suite's broker

  Rule: The identity in the readings is the identity on the device's label

    @req:iomt-temperature-patch:TP-IDENTITY @pics:identity.carrier=senml-base-name
    Scenario: The patch names its own GTIN and serial number in its readings
      Then the base name states the device's GTIN and serial number

  Rule: A GTIN ends with the check digit computed from its other digits

    @req:gs1-genspecs:GS1-7.9.1 @pics:identity.carrier=senml-base-name
    Scenario: The GTIN the patch states has a valid check digit
      Then the GTIN in the base name has a valid check digit
