package org.iomt.simulators.broker;

/**
 * The topic the suite's Mosquitto does not authorise clients of its restricted listener to publish to: the run's
 * topic prefix followed by {@link #LEVEL}, by which the proxy's faults know it too.
 */
public final class UnauthorisedTopic {

    /** The last topic level of the topic the restricted listener's access-control list denies to publishers. */
    public static final String LEVEL = "unauthorised";

    private UnauthorisedTopic() {
    }

    /** The denied topic under a run's topic prefix. */
    public static String under(String prefix) {
        return prefix + "/" + LEVEL;
    }

    static boolean is(String topic) {
        return topic.endsWith("/" + LEVEL);
    }
}
