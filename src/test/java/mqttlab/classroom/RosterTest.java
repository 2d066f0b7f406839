package mqttlab.classroom;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import mqttlab.broker.auth.PasswordFile;
import mqttlab.testsupport.Cmd;
import mqttlab.testsupport.DebianMosquitto;
import mqttlab.testsupport.Peers;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The roster edits the broker's password file. That files written by {@code mqttlab passwd} are
 * accepted by Debian's mosquitto and files written by {@code mosquitto_passwd} by the lab is
 * tested in {@code mqttlab.broker.auth.PasswordFileInteropTest} and {@code mqttlab.cli.PasswdCommandTest};
 * here: a roster imported from CSV works in Debian's mosquitto too.
 */
class RosterTest {
    @TempDir Path tmp;

    private Path csv(String text) throws Exception {
        Path p = tmp.resolve("class.csv");
        Files.writeString(p, text);
        return p;
    }

    @Test
    @DisplayName("import: header, comments and blank lines skipped; missing passwords generated and shown once")
    void importCsv() throws Exception {
        Path file = tmp.resolve("passwd");
        List<String> changes = new ArrayList<>();
        Roster r = new Roster(file, () -> changes.add("changed"), null);
        List<String> out = r.importCsv(csv("\uFEFFuser,password\n# period 3\nalice,alice-pw\n\n\"bob\"\ncarol , carol pw\n"));
        assertEquals("Imported 3 students into " + file + "; generated passwords (shown once):", out.get(0));
        assertEquals(2, out.size());
        assertTrue(out.get(1).matches("  bob  [a-z2-9]{10}"), out.get(1));
        String bobPw = out.get(1).substring("  bob  ".length());
        assertEquals(List.of("alice", "bob", "carol"), r.students());
        PasswordFile pf = PasswordFile.load(file);
        assertTrue(pf.authenticate("alice", "alice-pw".getBytes()));
        assertTrue(pf.authenticate("bob", bobPw.getBytes()));
        assertTrue(pf.authenticate("carol", "carol pw".getBytes()));
        assertTrue(Files.readString(file).contains("alice:$7$101$"));
        assertEquals(List.of("changed"), changes);
        assertEquals(List.of("3 students in " + file + ":", "  alice, bob, carol"), r.list());
    }

    @Test
    @DisplayName("a bad line names its line number and nothing is written; staff names are not students")
    void badLines() throws Exception {
        Path file = tmp.resolve("passwd");
        Roster r = new Roster(file, null, null);
        assertEquals(List.of(csv("") + ":2: the user name must not contain the ':' character; nothing imported."),
                r.importCsv(csv("ok\nno:colon\n")));
        assertFalse(Files.exists(file));
        assertTrue(r.importCsv(csv("instructor,x\n")).get(0).contains("'instructor' is a staff account name"));
        assertTrue(r.importCsv(csv("a/b\n")).get(0).contains("must not contain '/'"));
        Files.writeString(file, "instructor:$7$101$3BQFw0uX3bFItf+b$rCquvTGG7lyPVlanzS34AzPht5ee2k3dIIg+At3wGAFBQCHfl3/EC1yR48b2Utg8Y0D3WLQVOMg59p7b4iXviA==\n");
        r.add("dave", "dave-pw");
        assertEquals(List.of("dave"), r.students());
        assertEquals(List.of("'instructor' is a staff account, not a student; not removed."), r.remove("instructor"));
        assertTrue(Files.readString(file).startsWith("instructor:"), "the staff line is kept");
    }

    @Test
    @DisplayName("a roster imported by the lab is accepted by Debian's mosquitto; a wrong password is refused")
    void mosquittoAcceptsRoster() throws Exception {
        String pub = Peers.require("mosquitto_pub").toString();
        Path dir = Files.createDirectories(tmp.resolve("peer"));
        Files.setPosixFilePermissions(tmp, PosixFilePermissions.fromString("rwxr-xr-x"));
        Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwxr-xr-x"));
        Path file = dir.resolve("passwd");
        new Roster(file, null, null).importCsv(csv("s01,pw-one\ns02,pw-two\n"));
        try (DebianMosquitto m = DebianMosquitto.start(dir, "allow_anonymous false\npassword_file " + file + "\n")) {
            String port = String.valueOf(m.port());
            Cmd.Result ok = Cmd.run(20, pub, "-h", "127.0.0.1", "-p", port, "-t", "students/s02/x", "-m", "hi", "-u", "s02", "-P", "pw-two");
            assertEquals(0, ok.exit(), ok.err() + m.output());
            Cmd.Result bad = Cmd.run(20, pub, "-h", "127.0.0.1", "-p", port, "-t", "x", "-m", "hi", "-u", "s01", "-P", "pw-two");
            assertNotEquals(0, bad.exit());
            assertTrue((bad.out() + bad.err()).contains("not authorised"), bad.out() + bad.err());
        }
    }
}
