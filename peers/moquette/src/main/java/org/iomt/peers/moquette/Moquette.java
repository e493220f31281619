package org.iomt.peers.moquette;

import io.moquette.broker.Server;
import io.moquette.broker.config.MemoryConfig;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;

/**
 * Starts Moquette with one plain, anonymous MQTT listener on a loopback port and its data under a work directory;
 * prints one line when it listens and runs until its standard input closes or it is killed.
 *
 * <pre>java -cp 'target/classes:target/lib/*' org.iomt.peers.moquette.Moquette PORT WORK_DIR</pre>
 */
public final class Moquette {

    private Moquette() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length != 2) {
            System.err.println("usage: Moquette PORT WORK_DIR");
            System.exit(2);
        }
        Path work = Files.createDirectories(Path.of(args[1]));
        Properties settings = new Properties();
        settings.setProperty("host", "127.0.0.1");
        settings.setProperty("port", args[0]);
        settings.setProperty("allow_anonymous", "true");
        settings.setProperty("persistence_enabled", "false");
        settings.setProperty("data_path", work.toString());
        settings.setProperty("telemetry_enabled", "false");
        Server server = new Server();
        server.startServer(new MemoryConfig(settings));
        System.out.println("Moquette listening on 127.0.0.1:" + args[0]);
        System.out.flush();
        awaitEndOfInput();
        server.stopServer();
    }

    private static void awaitEndOfInput() throws IOException {
        while (System.in.read() >= 0) {
            // the launcher closes standard input to stop the broker
        }
    }
}
