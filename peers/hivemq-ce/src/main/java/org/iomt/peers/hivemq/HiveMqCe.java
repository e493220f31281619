package org.iomt.peers.hivemq;

import com.hivemq.embedded.EmbeddedHiveMQ;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Starts HiveMQ Community Edition, embedded, with one plain MQTT listener on a loopback port and its folders under a
 * work directory; prints one line when it listens and runs until its standard input closes or it is killed.
 *
 * <pre>java -cp 'target/classes:target/lib/*' org.iomt.peers.hivemq.HiveMqCe PORT WORK_DIR</pre>
 */
public final class HiveMqCe {

    private HiveMqCe() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length != 2) {
            System.err.println("usage: HiveMqCe PORT WORK_DIR");
            System.exit(2);
        }
        int port = Integer.parseInt(args[0]);
        Path work = Path.of(args[1]);
        Path conf = Files.createDirectories(work.resolve("conf"));
        Files.writeString(conf.resolve("config.xml"), configuration(port));
        try (EmbeddedHiveMQ hiveMq = EmbeddedHiveMQ.builder()
                .withConfigurationFolder(conf)
                .withDataFolder(Files.createDirectories(work.resolve("data")))
                .withExtensionsFolder(Files.createDirectories(work.resolve("extensions")))
                .build()) {
            hiveMq.start().join();
            System.out.println("HiveMQ CE listening on 127.0.0.1:" + port);
            System.out.flush();
            awaitEndOfInput();
            hiveMq.stop().join();
        }
    }

    /** One plain TCP listener on loopback; no usage statistics sent anywhere. */
    private static String configuration(int port) {
        return """
                <?xml version="1.0"?>
                <hivemq>
                    <listeners>
                        <tcp-listener>
                            <port>%d</port>
                            <bind-address>127.0.0.1</bind-address>
                        </tcp-listener>
                    </listeners>
                    <anonymous-usage-statistics>
                        <enabled>false</enabled>
                    </anonymous-usage-statistics>
                </hivemq>
                """.formatted(port);
    }

    private static void awaitEndOfInput() throws IOException {
        while (System.in.read() >= 0) {
            // the launcher closes standard input to stop the broker
        }
    }
}
