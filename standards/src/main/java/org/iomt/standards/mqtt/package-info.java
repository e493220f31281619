/** Packet-level MQTT 3.1.1 and 5.0 codec that keeps every raw field, so faulty packets can be built and recorded as they are. */
package org.iomt.standards.mqtt;
