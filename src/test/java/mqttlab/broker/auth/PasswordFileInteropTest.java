package mqttlab.broker.auth;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.*;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.concurrent.TimeUnit;
import mqttlab.testsupport.DebianMosquitto;
import mqttlab.testsupport.Peers;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Password files cross between the lab and Debian's mosquitto 2.0 in both directions. */
class PasswordFileInteropTest {
    @TempDir Path tmp;

    private Path openDir() throws IOException {
        Path dir = Files.createDirectories(tmp.resolve("peer"));
        Files.setPosixFilePermissions(tmp, PosixFilePermissions.fromString("rwxr-xr-x"));
        Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwxr-xr-x"));
        return dir;
    }

    private static Result run(List<String> cmd) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        if (!p.waitFor(20, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            fail("timed out: " + cmd);
        }
        return new Result(p.exitValue(), new String(p.getInputStream().readAllBytes(), UTF_8));
    }

    record Result(int exit, String output) { }

    @Test
    @DisplayName("files written by mosquitto_passwd (sha512-pbkdf2 and -H sha512) are accepted by PasswordFile")
    void readsMosquittoPasswdFiles() throws Exception {
        String tool = Peers.require("mosquitto_passwd").toString();
        Path file = openDir().resolve("passwd");
        assertEquals(0, run(List.of(tool, "-c", "-b", file.toString(), "alice", "s3cret pw")).exit());
        assertEquals(0, run(List.of(tool, "-H", "sha512", "-b", file.toString(), "bob", "hunter2")).exit());
        assertEquals(0, run(List.of(tool, "-H", "sha512-pbkdf2", "-b", file.toString(), "민수", "비밀")).exit());
        PasswordFile f = PasswordFile.load(file);
        assertEquals(List.of(), f.warnings());
        assertTrue(f.authenticate("alice", "s3cret pw".getBytes(UTF_8)));
        assertFalse(f.authenticate("alice", "s3cret".getBytes(UTF_8)));
        assertTrue(f.authenticate("bob", "hunter2".getBytes(UTF_8)));
        assertFalse(f.authenticate("bob", "hunter3".getBytes(UTF_8)));
        assertTrue(f.authenticate("민수", "비밀".getBytes(UTF_8)));
        assertTrue(Files.readString(file).contains("bob:$6$"));
    }

    @Test
    @DisplayName("a file written by the lab is accepted by Debian's mosquitto; a wrong password is refused")
    void mosquittoAcceptsOurFile() throws Exception {
        String pub = Peers.require("mosquitto_pub").toString();
        Path dir = openDir();
        Path file = dir.resolve("passwd");
        PasswordFileEditor.set(file, "alice", "s3cret pw", true, PasswordHash.Type.SHA512_PBKDF2);
        PasswordFileEditor.set(file, "bob", "hunter2", false, PasswordHash.Type.SHA512);
        try (DebianMosquitto m = DebianMosquitto.start(dir, "allow_anonymous false\npassword_file " + file + "\n")) {
            String port = String.valueOf(m.port());
            List<String> base = List.of(pub, "-h", "127.0.0.1", "-p", port, "-t", "lab/test", "-m", "hi");
            Result ok = run(concat(base, "-u", "alice", "-P", "s3cret pw"));
            assertEquals(0, ok.exit(), ok.output() + "\n" + m.output());
            assertEquals(0, run(concat(base, "-u", "bob", "-P", "hunter2")).exit(), m.output());
            Result wrong = run(concat(base, "-u", "alice", "-P", "wrong"));
            assertNotEquals(0, wrong.exit());
            assertTrue(wrong.output().contains("not authorised"), wrong.output());
            Result anon = run(base);
            assertNotEquals(0, anon.exit());
            assertTrue(anon.output().contains("not authorised"), anon.output());
        }
    }

    private static List<String> concat(List<String> base, String... more) {
        List<String> l = new java.util.ArrayList<>(base);
        l.addAll(List.of(more));
        return l;
    }
}
