package org.iomt.distribution.violations.glue;

import org.eclipse.paho.client.mqttv3.MqttClient;

/** Step definitions that drive Paho themselves. */
public record PlantedSteps(MqttClient client) {
}
