package org.iomt.core.catalogue;

/** The catalogue cannot be read: a file is missing, a row is malformed, or an id appears twice. */
public final class CatalogueException extends Exception {

    public CatalogueException(String message) {
        super(message);
    }
}
