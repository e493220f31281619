package org.iomt.standards.scram;

/** A SCRAM message that cannot be taken: not of the form RFC 5802 gives, or failing its proof or signature. */
public final class ScramException extends Exception {

    public ScramException(String message) {
        super(message);
    }
}
