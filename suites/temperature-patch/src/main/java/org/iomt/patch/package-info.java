/** The temperature-patch device class: a body-temperature patch reporting SenML over MQTT, certified as an MQTT client. */
package org.iomt.patch;
