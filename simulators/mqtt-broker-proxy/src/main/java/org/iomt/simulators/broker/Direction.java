package org.iomt.simulators.broker;

/** Which way a packet travels through the proxy. */
enum Direction {
    /** From the client (the suite's test client) to the real broker. */
    TO_BROKER,
    /** From the real broker to the client. */
    TO_CLIENT;

    /** The way back, towards where a packet going this way came from. */
    Direction back() {
        return this == TO_BROKER ? TO_CLIENT : TO_BROKER;
    }
}
