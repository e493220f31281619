package org.iomt.standards.epc;

/**
 * Control information a tag URI or raw URI may carry besides the filter: attribute bits ([att=xNN]),
 * the user-memory indicator ([umi=1]) and the first XPC word ([xpc=xNNNN]). Zero values are not written.
 */
public record EpcControl(int attributes, boolean umi, int xpc) {
    public static final EpcControl NONE = new EpcControl(0, false, 0);

    public EpcControl {
        if (attributes < 0 || attributes > 0xFF) {
            throw new IllegalArgumentException("attribute bits are 8 bits, got " + attributes);
        }
        if (xpc < 0 || xpc > 0xFFFF) {
            throw new IllegalArgumentException("XPC_W1 is 16 bits, got " + xpc);
        }
    }

    public boolean isNone() {
        return attributes == 0 && !umi && xpc == 0;
    }

    /** The bracketed fields in the required order, empty when all are zero. */
    public String uriFields() {
        if (isNone()) {
            return "";
        }
        StringBuilder sb = new StringBuilder();
        if (attributes != 0) {
            sb.append("[att=x").append(Hex.byteHex(attributes)).append(']');
        }
        if (umi) {
            sb.append("[umi=1]");
        }
        if (xpc != 0) {
            sb.append("[xpc=x").append(Hex.wordHex(xpc)).append(']');
        }
        return sb.toString();
    }
}
