/** What an MQTT driver records besides packets: the TLS handshake a peer presented, a malformed packet it sent on purpose. */
package org.iomt.mqtt.model;
