package org.iomt.core.spi;

/** A profile or the command line names a fault the device class's simulator does not have: bad input. */
public final class UnknownFaultException extends Exception {

    public UnknownFaultException(String message) {
        super(message);
    }
}
