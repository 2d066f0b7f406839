package mqttlab.testsupport;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

/**
 * A Debian {@code mosquitto} broker for a test: its own config in a temp folder (world-readable,
 * because run as root mosquitto drops to user {@code mosquitto}), listening on a free 127.0.0.1 port.
 * Skips or fails per {@link Peers} when mosquitto is not installed.
 */
public final class MosquittoProcess implements AutoCloseable {

    private final Process process;
    private final int port;
    private final Path dir;

    private MosquittoProcess(Process process, int port, Path dir) {
        this.process = process;
        this.port = port;
        this.dir = dir;
    }

    /** Starts a broker that allows anonymous clients; extra lines go into its config. */
    public static MosquittoProcess start(String... extraConfig) throws IOException, InterruptedException {
        Path mosquitto = Peers.require("mosquitto");
        IOException last = null;
        for (int attempt = 0; attempt < 3; attempt++) {
            try {
                return startOnce(mosquitto, freePort(), extraConfig);
            } catch (IOException e) {
                last = e; // the free port was taken meanwhile: try another
            }
        }
        throw last;
    }

    /** As {@link #start}, on {@code port} (to start a broker again where clients knew it). */
    public static MosquittoProcess startOn(int port, String... extraConfig) throws IOException, InterruptedException {
        return startOnce(Peers.require("mosquitto"), port, extraConfig);
    }

    private static MosquittoProcess startOnce(Path mosquitto, int port, String[] extra) throws IOException, InterruptedException {
        Path dir = Files.createTempDirectory("mqttlab-mosquitto");
        Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwxr-xr-x"));
        Path conf = dir.resolve("mosquitto.conf");
        StringBuilder text = new StringBuilder("listener " + port + " 127.0.0.1\nallow_anonymous true\npersistence false\n"
                + "log_dest stdout\nlog_type all\n");
        for (String line : extra) text.append(line).append('\n');
        Files.writeString(conf, text, StandardCharsets.UTF_8);
        Files.setPosixFilePermissions(conf, PosixFilePermissions.fromString("rw-r--r--"));
        Path log = dir.resolve("mosquitto.log");
        // mosquitto's stdout to a file is block-buffered: stdbuf makes it line-buffered, so log() is up to date
        java.util.List<String> cmd = new java.util.ArrayList<>();
        Path stdbuf = Peers.find("stdbuf");
        if (stdbuf != null) cmd.addAll(java.util.List.of(stdbuf.toString(), "-oL"));
        cmd.addAll(java.util.List.of(mosquitto.toString(), "-c", conf.toString()));
        Process p = new ProcessBuilder(cmd)
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        awaitListening(p, port, log);
        return new MosquittoProcess(p, port, dir);
    }

    /**
     * Waits until mosquitto {@code p} accepts connections on {@code port}. An IOException when it
     * exits first (the port was taken meanwhile: the caller may try another) or does not listen in 10 s.
     */
    static void awaitListening(Process p, int port, Path output) throws IOException {
        String state;
        try {
            state = Await.value(() -> !p.isAlive() ? "exited" : accepts(port) ? "listening" : null, Duration.ofSeconds(10),
                    () -> "mosquitto did not listen on port " + port);
        } catch (AssertionError notInTime) {
            p.destroyForcibly();
            throw new IOException(notInTime.getMessage());
        }
        if (state.equals("exited")) throw new IOException("mosquitto exited: " + Files.readString(output).strip());
    }

    private static boolean accepts(int port) {
        try (Socket s = new Socket()) {
            s.connect(new InetSocketAddress("127.0.0.1", port), 200);
            return true;
        } catch (IOException notYet) {
            return false;
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        }
    }

    public String host() { return "127.0.0.1"; }

    public int port() { return port; }

    /** What the broker logged so far (connections, subscriptions, wills), for assertions and failures. */
    public String log() {
        try {
            return Files.readString(dir.resolve("mosquitto.log"));
        } catch (IOException e) {
            return "(no log: " + e.getMessage() + ")";
        }
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(5, TimeUnit.SECONDS)) process.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
    }
}
