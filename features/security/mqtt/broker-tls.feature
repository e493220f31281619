@device:mqtt-broker
Feature: A broker's TLS listener proves who it is and admits only clients that prove who they are
  Devices trust a broker only when its certificate chains to the CA the hospital installs and names the host they
  dialled; a broker that fails this check is unreachable for careful devices and open to impersonation for careless
  ones. The suite validates the chain and the name as such a device does, and presents credentials as the profile says.

  Rule: The TLS listener presents a certificate that chains to the trusted CA and names the broker

    @req:iomt-mqtt-security:TLS-SERVER-IDENTITY @pics:mqtt.tls
    Scenario: A device validating the broker's certificate connects over TLS
      When a client connects to the TLS listener validating the broker's certificate and name
      Then the broker completes the TLS handshake and answers the client over it

  Rule: The TLS listener refuses a client that presents no credentials

    @req:iomt-mqtt-security:TLS-CLIENT-CREDENTIALS @pics:mqtt.tls @pics:mqtt.authentication
    Scenario: The broker refuses an anonymous client on its TLS listener
      When a client connects to the TLS listener without credentials
      Then the broker refuses the connection and closes it

  Rule: A listener that requires client certificates admits only clients that present one

    @req:iomt-mqtt-security:TLS-CLIENT-CERTIFICATE @pics:mqtt.tls @pics:mqtt.clientCertificates
    Scenario: The broker admits a client with the lab's certificate and turns away one without
      When a client presenting the lab's client certificate connects to the listener that requires one
      And a client without a certificate connects to the same listener
      Then only the client presenting a certificate is admitted

  Rule: The TLS listener admits a client that presents the credentials it was given

    @req:iomt-mqtt-security:TLS-CREDENTIALS-ADMITTED @pics:mqtt.tls @pics:mqtt.authentication
    Scenario: The broker admits a client presenting its credentials on its TLS listener
      When a client connects to the TLS listener validating the broker's certificate and name
      Then the broker admits the client over TLS
