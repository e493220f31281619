@device:temperature-patch
Feature: A temperature patch backs off when its broker refuses it
  A ward network's broker may be unavailable for a while. A patch whose connection is refused leaves
  that connection alone and waits before it tries again, so that a crowd of patches does not hammer a
  broker that is starting up. When the profile claims a back-off, the suite's broker refuses the
  patch's first CONNECT as unavailable inside the observation window, and accepts the next one.

  Background:
    Given the device has connected to the suite's broker

  Rule: A refused connection is left alone

    @req:iomt-temperature-patch:TP-REFUSAL @pics:mqtt.backoff
    Scenario: The patch sends nothing more on a connection its broker refused
      Given the broker refused the device's first CONNECT as unavailable
      Then the device sends nothing more on the refused connection

  Rule: The patch waits at least its claimed back-off before it connects again

    @req:iomt-temperature-patch:TP-BACKOFF @pics:mqtt.backoff
    Scenario: The patch connects again no sooner than its claimed back-off
      Given the broker refused the device's first CONNECT as unavailable
      Then the device waits at least its claimed back-off before connecting again
