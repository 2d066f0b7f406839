package mqttlab.testsupport;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A certificate authority made at test time with openssl (nothing secret is committed): its
 * {@code ca.crt}, and a server certificate for 127.0.0.1 / localhost it signed. Files are
 * world-readable in a 0755 folder, because mosquitto run as root reads them as user mosquitto.
 */
public record TestCa(Path dir, Path caCert, Path serverCert, Path serverKey) {

    public static TestCa make(Path dir) throws IOException, InterruptedException {
        Path openssl = Peers.require("openssl");
        Files.createDirectories(dir);
        Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwxr-xr-x"));
        Path ext = dir.resolve("san.ext");
        Files.writeString(ext, "subjectAltName=IP:127.0.0.1,DNS:localhost\n");
        run(dir, openssl.toString(), "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-keyout", "ca.key", "-out", "ca.crt",
                "-days", "1", "-subj", "/CN=MQTT Lab test CA");
        run(dir, openssl.toString(), "req", "-newkey", "rsa:2048", "-nodes", "-keyout", "server.key", "-out", "server.csr",
                "-subj", "/CN=localhost");
        run(dir, openssl.toString(), "x509", "-req", "-in", "server.csr", "-CA", "ca.crt", "-CAkey", "ca.key", "-CAcreateserial",
                "-out", "server.crt", "-days", "1", "-extfile", "san.ext");
        try (var files = Files.list(dir)) {
            for (Path f : files.toList()) Files.setPosixFilePermissions(f, PosixFilePermissions.fromString("rw-r--r--"));
        }
        return new TestCa(dir, dir.resolve("ca.crt"), dir.resolve("server.crt"), dir.resolve("server.key"));
    }

    /** mosquitto.conf lines for a TLS listener with this server certificate (after the listener line). */
    public List<String> listenerConfig() {
        return List.of("cafile " + caCert, "certfile " + serverCert, "keyfile " + serverKey);
    }

    private static void run(Path dir, String... cmd) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(cmd).directory(dir.toFile()).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes());
        if (!p.waitFor(60, TimeUnit.SECONDS) || p.exitValue() != 0) throw new IOException(String.join(" ", cmd) + " failed:\n" + out);
    }
}
