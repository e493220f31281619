package org.iomt.standards.gs1;

import java.util.List;

/**
 * One component of an AI's data field: its character set, its length range, whether it may be left
 * out (only trailing components may), and the names of the content checks that apply to it.
 *
 * @param charset 'N' digits, 'X' GS1 character set 82, 'Y' character set 39, 'Z' base64url
 */
public record AiComponent(char charset, int minLength, int maxLength, boolean optional, List<String> checks) {
    public AiComponent {
        checks = List.copyOf(checks);
    }

    /** True when the component has one length only. */
    public boolean fixedLength() {
        return minLength == maxLength;
    }
}
