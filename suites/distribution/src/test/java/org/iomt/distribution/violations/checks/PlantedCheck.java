package org.iomt.distribution.violations.checks;

import java.net.Socket;

/** A check that opens a connection instead of judging recorded evidence. */
public record PlantedCheck(Socket socket) {
}
