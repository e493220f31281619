package org.iomt.core.profile;

/**
 * One thing wrong with a profile, located by its path in the file.
 *
 * @param path    dotted path of the offending value ({@code claims.mqtt.qos}), or {@code (file)} for the file itself
 * @param message what is wrong and what is expected
 */
public record ProfileProblem(String path, String message) {

    @Override
    public String toString() {
        return path + ": " + message;
    }
}
