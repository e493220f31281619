package org.iomt.standards.mqtt;

/**
 * Topic name and topic filter rules (MQTT 3.1.1 §4.7, MQTT 5.0 §4.7): levels split on '/', '+' stands for
 * exactly one whole level, '#' for the rest (the parent level included) and only at the end, and topic names
 * beginning with '$' are not matched by a filter that starts with a wildcard.
 */
public final class Topics {

    private Topics() {
    }

    /** True when a would-be topic name contains '+' or '#' (a topic name must not). */
    public static boolean hasWildcard(String topicName) {
        return topicName.indexOf('+') >= 0 || topicName.indexOf('#') >= 0;
    }

    /** True when the filter is non-empty, has no U+0000 and places its wildcards correctly. */
    public static boolean isValidTopicFilter(String f) {
        if (f == null || f.isEmpty() || f.indexOf('\u0000') >= 0) {
            return false;
        }
        String[] levels = f.split("/", -1);
        for (int i = 0; i < levels.length; i++) {
            String level = levels[i];
            if (level.indexOf('#') >= 0 && (!level.equals("#") || i != levels.length - 1)) {
                return false;
            }
            if (level.indexOf('+') >= 0 && !level.equals("+")) {
                return false;
            }
        }
        return true;
    }

    /** True when the filter matches the topic name; false for an invalid filter or a topic name with wildcards. */
    public static boolean matches(String filter, String topicName) {
        if (!isValidTopicFilter(filter) || topicName == null || topicName.isEmpty() || hasWildcard(topicName)) {
            return false;
        }
        if (topicName.startsWith("$") && (filter.startsWith("+") || filter.startsWith("#"))) {
            return false;
        }
        String[] f = filter.split("/", -1);
        String[] t = topicName.split("/", -1);
        for (int i = 0; i < f.length; i++) {
            if (f[i].equals("#")) {
                return true;
            }
            if (i >= t.length) {
                return false;
            }
            if (!f[i].equals("+") && !f[i].equals(t[i])) {
                return false;
            }
        }
        return f.length == t.length;
    }
}
