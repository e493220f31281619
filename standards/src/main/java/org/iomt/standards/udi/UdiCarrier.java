package org.iomt.standards.udi;

/**
 * A UDI carrier as read (stripped of surrounding blanks), and its data after a symbology identifier that
 * precedes HIBC or ISBT 128 data ({@code data} equals {@code text} when there is none).
 */
record UdiCarrier(String text, String data) {

    /** The carrier of this stripped, non-blank text. */
    static UdiCarrier of(String text) {
        String data = text;
        if (data.startsWith("]") && data.length() > 3 && "+=&".indexOf(data.charAt(3)) >= 0) {
            data = data.substring(3);
        }
        return new UdiCarrier(text, data);
    }
}
