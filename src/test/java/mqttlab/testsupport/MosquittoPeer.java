package mqttlab.testsupport;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

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
        long deadline = System.currentTimeMillis() + 5000;
        while (System.currentTimeMillis() < deadline) {
            try (Socket s = new Socket(InetAddress.getLoopbackAddress(), port)) {
                return peer;
            } catch (IOException e) {
                if (!p.isAlive()) throw new IOException("mosquitto exited: " + Files.readString(dir.resolve("mosquitto.out")));
                Thread.sleep(50); // poll interval while mosquitto opens its port
            }
        }
        peer.close();
        throw new IOException("mosquitto did not start listening on " + port);
    }

    public int port() { return port; }

    /** Waits (up to 15 s) until mosquitto's log shows {@code n} subscriptions to exactly this filter. */
    public void awaitSubscriptions(String filter, int n) throws IOException, InterruptedException {
        java.util.regex.Pattern line = java.util.regex.Pattern.compile("(?m)^\\d+: \\S+ \\d " + java.util.regex.Pattern.quote(filter) + "$");
        long deadline = System.currentTimeMillis() + 15_000;
        while (System.currentTimeMillis() < deadline) {
            Path log = dir.resolve("broker.log");
            if (Files.exists(log) && line.matcher(Files.readString(log)).results().count() >= n) return;
            Thread.sleep(50); // poll interval while the log file grows
        }
        throw new IOException("mosquitto never saw " + n + " subscriptions to " + filter);
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
