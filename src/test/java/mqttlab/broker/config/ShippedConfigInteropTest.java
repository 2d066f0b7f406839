package mqttlab.broker.config;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.*;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import mqttlab.testsupport.DebianMosquitto;
import mqttlab.testsupport.LoggedProcess;
import mqttlab.testsupport.Peers;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The shipped files are real Mosquitto configuration: Debian's mosquitto 2.0 runs them and agrees with the lab. */
class ShippedConfigInteropTest {
    @TempDir Path tmp;

    private Path peerDir() throws Exception {
        Files.setPosixFilePermissions(tmp, PosixFilePermissions.fromString("rwxr-xr-x"));
        Path dir = Files.createDirectories(tmp.resolve("peer"));
        Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwxr-xr-x"));
        for (String f : List.of("passwd.example", "acl.example")) {
            Files.copy(ShippedConfigTest.BROKER.resolve(f), dir.resolve(f));
            Files.setPosixFilePermissions(dir.resolve(f), PosixFilePermissions.fromString("rw-r--r--"));
        }
        Path data = Files.createDirectories(dir.resolve("classroom-data"));
        Files.setPosixFilePermissions(data, PosixFilePermissions.fromString("rwxrwxrwx"));
        return dir;
    }

    /** The file's lines, minus its listener (the test's own comes first), with relative paths made absolute. */
    private static String forPeer(String conf, Path dir) throws Exception {
        StringBuilder sb = new StringBuilder();
        for (String line : Files.readAllLines(ShippedConfigTest.BROKER.resolve(conf))) {
            if (line.startsWith("listener ")) continue;
            for (String opt : List.of("password_file ", "acl_file ", "persistence_location ")) {
                if (line.startsWith(opt)) line = opt + dir.resolve(line.substring(opt.length())) + (opt.startsWith("pers") ? "/" : "");
            }
            sb.append(line).append('\n');
        }
        return sb.toString();
    }

    @Test
    @DisplayName("mosquitto runs broker/mosquitto.conf")
    void mosquittoRunsMosquittoConf() throws Exception {
        Path pub = Peers.require("mosquitto_pub");
        Path dir = peerDir();
        // With the test's listener added, anonymous clients need allow_anonymous (local-only mode does not apply).
        try (DebianMosquitto m = DebianMosquitto.start(dir, forPeer("mosquitto.conf", dir) + "allow_anonymous true\n")) {
            assertEquals(0, run(List.of(pub.toString(), "-p", String.valueOf(m.port()), "-t", "t", "-m", "x")).exit(), m.output());
        }
    }

    @Test
    @DisplayName("mosquitto runs broker/classroom.conf: documented passwords work, anonymous and wrong ones are refused, the ACL isolates students")
    void mosquittoRunsClassroomConf() throws Exception {
        Path pub = Peers.require("mosquitto_pub");
        Path sub = Peers.require("mosquitto_sub");
        Path dir = peerDir();
        Map<String, String> acct = ShippedConfigTest.documentedAccounts();
        try (DebianMosquitto m = DebianMosquitto.start(dir, forPeer("classroom.conf", dir))) {
            String port = String.valueOf(m.port());
            List<String> alicePub = List.of(pub.toString(), "-p", port, "-u", "alice", "-P", acct.get("alice"), "-q", "1");
            assertNotEquals(0, run(List.of(pub.toString(), "-p", port, "-t", "t", "-m", "x")).exit(), "anonymous");
            assertNotEquals(0, run(List.of(pub.toString(), "-p", port, "-u", "alice", "-P", "nope", "-t", "t", "-m", "x")).exit());

            // -d: mosquitto_sub says when its SUBACK came, so no publish overtakes the subscription (stdbuf: at once)
            try (LoggedProcess watcher = new LoggedProcess(List.of(Peers.require("stdbuf").toString(), "-oL", sub.toString(), "-p", port, "-u", "instructor", "-P", acct.get("instructor"),
                    "-t", "students/#", "-t", "lab/progress/#", "-v", "-d", "-C", "2", "-W", "10"))) {
                watcher.awaitLine("Subscribed (mid: 1)", false);
                assertEquals(0, run(concat(alicePub, "-t", "students/bob/hello", "-m", "forged")).exit());
                assertEquals(0, run(concat(alicePub, "-t", "lab/progress/bob", "-m", "forged")).exit());
                assertEquals(0, run(concat(alicePub, "-t", "students/alice/hello", "-m", "mine")).exit());
                assertEquals(0, run(concat(alicePub, "-t", "lab/progress/alice", "-m", "step 3")).exit());
                assertTrue(watcher.process.waitFor(15, TimeUnit.SECONDS));
                watcher.awaitLine("lab/progress/alice step 3", true); // its output is read on a thread of its own
                List<String> seen = watcher.lines().stream().filter(l -> !l.startsWith("Client ") && !l.startsWith("Subscribed ")).toList();
                assertEquals(List.of("students/alice/hello mine", "lab/progress/alice step 3"), seen, m.output());
            }
        }
    }

    private record Result(int exit, String output) { }

    private static Result run(List<String> cmd) throws Exception {
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        if (!p.waitFor(20, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            fail("timed out: " + cmd);
        }
        return new Result(p.exitValue(), new String(p.getInputStream().readAllBytes(), UTF_8));
    }

    private static List<String> concat(List<String> base, String... more) {
        List<String> l = new ArrayList<>(base);
        l.addAll(List.of(more));
        return l;
    }
}
