package mqttlab.testsupport;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;

/**
 * A real Mosquitto started for a test on a free loopback port with its own config file. Run as
 * root, mosquitto switches to the `mosquitto` user, so the config is world-readable and the folder
 * (where it writes its log, which tests read to know when subscriptions are in place) world-writable.
 */
public final class MosquittoPeer implements AutoCloseable {
    private final Process process;
    private final int port;
    private final Path dir;

    private MosquittoPeer(Process process, int port, Path dir) {
        this.process = process;
        this.port = port;
        this.dir = dir;
    }

    public static MosquittoPeer start() throws IOException, InterruptedException {
        Path exe = Peers.require("mosquitto");
        int port = freePort();
        Path dir = Files.createTempDirectory("mqttlab-mosquitto");
        Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwxrwxrwx"));
        Path conf = dir.resolve("test.conf");
        Files.writeString(conf, "listener " + port + " 127.0.0.1\nallow_anonymous true\nlog_dest file " + dir.resolve("broker.log") + "\nlog_type all\n");
        Files.setPosixFilePermissions(conf, PosixFilePermissions.fromString("rw-r--r--"));
        Process p = new ProcessBuilder(exe.toString(), "-c", conf.toString())
                .redirectErrorStream(true).redirectOutput(dir.resolve("mosquitto.out").toFile()).start();
        MosquittoPeer peer = new MosquittoPeer(p, port, dir);
        try {
            MosquittoProcess.awaitListening(p, port, dir.resolve("mosquitto.out"));
        } catch (IOException e) {
            peer.close();
            throw e;
        }
        return peer;
    }

    public int port() { return port; }

    /** Waits (up to 15 s) until mosquitto's log shows {@code n} subscriptions to exactly this filter. */
    public void awaitSubscriptions(String filter, int n) {
        java.util.regex.Pattern line = java.util.regex.Pattern.compile("(?m)^\\d+: \\S+ \\d " + java.util.regex.Pattern.quote(filter) + "$");
        Path log = dir.resolve("broker.log");
        Await.until(() -> {
            try {
                return Files.exists(log) && line.matcher(Files.readString(log)).results().count() >= n;
            } catch (IOException stillBeingWritten) {
                return false;
            }
        }, Duration.ofSeconds(15), "mosquitto never saw " + n + " subscriptions to " + filter);
    }

    public String url() { return "tcp://127.0.0.1:" + port; }

    static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        }
    }

    @Override
    public void close() {
        process.destroy();
        try {
            process.waitFor();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
