package org.iomt.reports.record;

/** How strongly a normative statement binds, in the words of RFC 2119. */
public enum Level {
    MUST, SHOULD, MAY
}
