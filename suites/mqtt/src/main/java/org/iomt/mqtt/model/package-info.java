/** What an MQTT driver records besides packets: the TLS handshake a peer presented. */
package org.iomt.mqtt.model;
