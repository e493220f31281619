package org.iomt.core.spi;

/**
 * The machine the suite runs on stopped a run before any scenario: a port it must listen on is in use, or a peer it
 * must reach does not answer. Neither the profile nor the product is at fault, and no run directory is left behind.
 */
public final class EnvironmentException extends Exception {

    public EnvironmentException(String message, Throwable cause) {
        super(message, cause);
    }
}
