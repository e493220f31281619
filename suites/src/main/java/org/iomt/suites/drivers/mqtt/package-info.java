/** The tester broker: a packet-level MQTT 3.1.1 and 5.0 server that records every packet a device sends. */
package org.iomt.suites.drivers.mqtt;
