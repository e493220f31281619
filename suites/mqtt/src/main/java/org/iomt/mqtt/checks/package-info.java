/** Check helpers every MQTT device class shares: the packets of recorded evidence and the QoS 1 flow, pure functions of what was recorded. */
package org.iomt.mqtt.checks;
