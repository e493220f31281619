@device:temperature-patch
Feature: A reporting device hands its readings only to a broker that proves who it is
  A patch that reports over TLS must check its broker before it sends a reading or its password: the broker's
  certificate must chain to the CA installed on the patch and name the host the patch dialled. Inside the one
  observation window the suite's broker presents, on the device's first TLS connection, a certificate from a CA the
  device does not trust, on its second a certificate from the trusted CA for another host, and from then on its
  correct certificate (docs/temperature-patch.md#tls).

  Background:
    Given the device has connected to the suite's broker

  Rule: The device refuses a broker whose certificate does not chain to a CA it trusts

    @req:iomt-mqtt-security:TLS-DEVICE-REJECTS-UNTRUSTED @pics:mqtt.tls
    Scenario: The device refuses a broker certified by a CA it does not trust
      When the broker presents a certificate from a CA the device does not trust
      Then the device refuses the untrusted certificate before sending any packet

  Rule: The device refuses a broker whose certificate names another host

    @req:iomt-mqtt-security:TLS-DEVICE-REJECTS-WRONG-NAME @pics:mqtt.tls
    Scenario: The device refuses a broker certified for another host
      When the broker presents a certificate its trusted CA issued for another host
      Then the device refuses the certificate for another host before sending any packet

  Rule: Over TLS the device logs in with the user name and password it was given

    @req:iomt-mqtt-security:TLS-DEVICE-CREDENTIALS @pics:mqtt.tls @pics:mqtt.authentication
    Scenario: The device presents the user name and password the broker expects
      Then every CONNECT of the device over TLS carries a user name and password the broker accepts
