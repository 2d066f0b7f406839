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
 * root, mosquitto switches to the `mosquitto` user, so the folder and file are world-readable.
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
        Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwxr-xr-x"));
        Path conf = dir.resolve("test.conf");
        Files.writeString(conf, "listener " + port + " 127.0.0.1\nallow_anonymous true\n");
        Files.setPosixFilePermissions(conf, PosixFilePermissions.fromString("rw-r--r--"));
        Process p = new ProcessBuilder(exe.toString(), "-c", conf.toString())
                .redirectErrorStream(true).redirectOutput(dir.resolve("mosquitto.log").toFile()).start();
        MosquittoPeer peer = new MosquittoPeer(p, port, dir);
        long deadline = System.currentTimeMillis() + 5000;
        while (System.currentTimeMillis() < deadline) {
            try (Socket s = new Socket(InetAddress.getLoopbackAddress(), port)) {
                return peer;
            } catch (IOException e) {
                if (!p.isAlive()) throw new IOException("mosquitto exited: " + Files.readString(dir.resolve("mosquitto.log")));
                Thread.sleep(50);
            }
        }
        peer.close();
        throw new IOException("mosquitto did not start listening on " + port);
    }

    public int port() { return port; }

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
