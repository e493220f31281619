@device:thermometer
Feature: A clinical thermometer reports body temperature in the unit it claims

  Rule: Every reading is in degrees Celsius

    @req:test-thermometer:THERMO-1
    Scenario: The thermometer's reading is a body temperature in degrees Celsius
      Given the thermometer has taken a reading
      Then the reading is a body temperature in degrees Celsius

  Rule: The display shows the reading taken

    @req:test-thermometer:THERMO-3
    Scenario: The thermometer's display shows the reading it took
      Given the thermometer has taken a reading
      Then the display shows the reading
