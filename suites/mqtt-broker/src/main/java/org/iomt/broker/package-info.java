/** The mqtt-broker device class: an MQTT server certified in its broker role, each scenario driving it with test clients. */
package org.iomt.broker;
