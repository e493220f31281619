/** MQTT drivers: the tester broker a device reports to, the raw and Paho test clients, TLS, and the MQTT profile keys; each records every frame as evidence. */
package org.iomt.mqtt.drivers;
