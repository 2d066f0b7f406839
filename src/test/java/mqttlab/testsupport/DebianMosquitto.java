package mqttlab.testsupport;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

/**
 * Debian's {@code mosquitto -c conf} as a peer for interop tests, on a free 127.0.0.1 port. The
 * config text gets its {@code listener} line added here; its output goes to {@code mosquitto.log}
 * next to the config (shown when the test fails). Files mosquitto reads must be readable by the
 * {@code mosquitto} user when tests run as root: keep them in a 0755 folder with 0644 files.
 */
public final class DebianMosquitto implements AutoCloseable {
    private final Process process;
    private final int port;
    private final Path log;

    private DebianMosquitto(Process process, int port, Path log) {
        this.process = process;
        this.port = port;
        this.log = log;
    }

    /** Starts mosquitto with {@code listener PORT 127.0.0.1} followed by {@code configBody}; waits until it listens. */
    public static DebianMosquitto start(Path dir, String configBody) throws IOException, InterruptedException {
        Path mosquitto = Peers.require("mosquitto");
        int port = freePort();
        Path conf = dir.resolve("mosquitto-peer.conf");
        Files.writeString(conf, "listener " + port + " 127.0.0.1\n" + configBody);
        Path log = dir.resolve("mosquitto.log");
        Process p = new ProcessBuilder(mosquitto.toString(), "-c", conf.toString(), "-v")
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        DebianMosquitto m = new DebianMosquitto(p, port, log);
        try {
            Await.until(() -> {
                if (!p.isAlive()) throw new IllegalStateException("mosquitto exited at start:\n" + m.output());
                return Listening.on(port);
            }, Duration.ofSeconds(10), () -> "mosquitto listening on " + port + ":\n" + m.output());
            return m;
        } catch (RuntimeException | AssertionError e) {
            m.close();
            throw e;
        }
    }

    /**
     * mosquitto as the README sets it up for a class: no anonymous clients, a password file with
     * {@code accounts} (user → password) and the shipped {@code broker/acl.example} as its acl_file,
     * in a folder the {@code mosquitto} user can read.
     */
    public static DebianMosquitto forClass(Path tmp, java.util.Map<String, String> accounts) throws Exception {
        Path dir = Files.createDirectories(tmp.resolve("class-broker"));
        Files.setPosixFilePermissions(tmp, java.nio.file.attribute.PosixFilePermissions.fromString("rwxr-xr-x"));
        Files.setPosixFilePermissions(dir, java.nio.file.attribute.PosixFilePermissions.fromString("rwxr-xr-x"));
        Path passwd = dir.resolve("passwd");
        boolean first = true;
        for (var a : accounts.entrySet()) {
            mqttlab.broker.auth.PasswordFileEditor.set(passwd, a.getKey(), a.getValue(), first, mqttlab.broker.auth.PasswordHash.Type.SHA512_PBKDF2);
            first = false;
        }
        Path acl = Files.copy(Path.of("broker/acl.example"), dir.resolve("acl"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        for (Path p : java.util.List.of(passwd, acl)) {
            Files.setPosixFilePermissions(p, java.nio.file.attribute.PosixFilePermissions.fromString("rw-r--r--"));
        }
        return start(dir, "allow_anonymous false\npassword_file " + passwd + "\nacl_file " + acl + "\n");
    }

    public int port() { return port; }

    /** What mosquitto printed so far. */
    public String output() {
        try {
            return Files.readString(log);
        } catch (IOException e) {
            return "(no log: " + e.getMessage() + ")";
        }
    }

    public static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0, 1, java.net.InetAddress.getByName("127.0.0.1"))) {
            return s.getLocalPort();
        }
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(5, TimeUnit.SECONDS)) process.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
    }
}
