/** The reference temperature patch: an MQTT client publishing body temperature as SenML, with its fault catalogue. */
package org.iomt.simulators.patch;
