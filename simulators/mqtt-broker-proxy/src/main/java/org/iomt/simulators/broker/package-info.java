/** A TCP proxy that stands in front of a real, conformant MQTT broker and injects named broker-role faults. */
package org.iomt.simulators.broker;
