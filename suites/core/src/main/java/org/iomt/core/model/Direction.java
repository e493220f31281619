package org.iomt.core.model;

/** Which way an exchange went, seen from the suite. */
public enum Direction {
    DEVICE_TO_SUITE("device->suite"),
    SUITE_TO_DEVICE("suite->device"),
    /** Something the suite observed about the transport itself: a connection opened or closed. */
    TRANSPORT("transport");

    private final String label;

    Direction(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
