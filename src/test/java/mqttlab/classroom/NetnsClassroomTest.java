package mqttlab.classroom;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import mqttlab.testsupport.Await;
import mqttlab.testsupport.Cmd;
import mqttlab.testsupport.Peers;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * Instructor and student on two "hosts": two network namespaces joined by a veth pair with
 * private addresses that exist only inside this test (10.231.N.1 and .2). The instructor runs
 * {@code mqttlab classroom}, the student {@code mqttlab --join}, each a real process in its own
 * namespace. The link is cut ({@code ip link set ... down}) and restored: the student hears the
 * lab went away and is back, and the announcements sent during the cut (QoS 1, persistent
 * session) arrive after the reconnect. Needs root and {@code ip netns}; skipped otherwise.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class NetnsClassroomTest {
    private static final Duration WAIT = Duration.ofSeconds(20);
    private static final int PORT = 18830;
    @TempDir static Path tmp;
    private final long tag = ProcessHandle.current().pid() % 100_000;
    private final String nsI = "mqlab-i" + tag;
    private final String nsS = "mqlab-s" + tag;
    private final String vethI = "mqi" + tag;
    private final String vethS = "mqs" + tag;
    private final String net = "10.231." + (tag % 250) + ".";
    private final List<LineProcess> processes = new ArrayList<>();
    private boolean created;

    @BeforeAll
    void namespaces() throws Exception {
        if (!"0".equals(Cmd.run(5, "id", "-u").out().strip())) {
            Assumptions.abort("skipped: network-namespace test needs root (it creates namespaces and a veth pair)");
        }
        Path ip = Path.of("/usr/sbin/ip");
        if (!Files.isExecutable(ip)) ip = Path.of("/sbin/ip");
        if (!Files.isExecutable(ip) || Cmd.run(10, ip.toString(), "netns", "list").exit() != 0) {
            Peers.missing("`ip netns` is not available (Debian: apt-get install iproute2)");
        }
        created = true;
        ip("netns", "add", nsI);
        ip("netns", "add", nsS);
        ip("link", "add", vethI, "type", "veth", "peer", "name", vethS);
        ip("link", "set", vethI, "netns", nsI);
        ip("link", "set", vethS, "netns", nsS);
        ip("-n", nsI, "addr", "add", net + "1/24", "dev", vethI);
        ip("-n", nsS, "addr", "add", net + "2/24", "dev", vethS);
        for (String[] d : new String[][] {{nsI, vethI}, {nsI, "lo"}, {nsS, vethS}, {nsS, "lo"}}) ip("-n", d[0], "link", "set", d[1], "up");
    }

    @AfterAll
    void cleanUp() throws Exception {
        for (LineProcess p : processes) p.close();
        if (!created) return;
        Cmd.run(10, "ip", "netns", "del", nsI); // deleting a namespace deletes its end of the veth pair, and so the pair
        Cmd.run(10, "ip", "netns", "del", nsS);
    }

    private void ip(String... args) throws Exception {
        List<String> cmd = new ArrayList<>(List.of("ip"));
        cmd.addAll(List.of(args));
        Cmd.Result r = Cmd.run(10, cmd.toArray(String[]::new));
        assertEquals(0, r.exit(), cmd + ": " + r.err());
    }

    private LineProcess java(String ns, String... args) throws Exception {
        List<String> cmd = new ArrayList<>(List.of("ip", "netns", "exec", ns,
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx256m", "-XX:TieredStopAtLevel=1",
                "-cp", System.getProperty("java.class.path"), "mqttlab.cli.Main"));
        cmd.addAll(List.of(args));
        LineProcess p = new LineProcess(cmd);
        processes.add(p);
        return p;
    }

    @Test
    @DisplayName("a student joins over the veth link; the link is cut and restored; nothing sent meanwhile is lost")
    void cutAndRestore() throws Exception {
        ClassroomFixture f = ClassroomFixture.create(tmp, 3, "0.0.0.0", PORT);
        LineProcess instructor = java(nsI, "classroom", "-c", f.conf.toString(), "--no-building");
        Await.until(() -> instructor.has("Instructor: `scoreboard`"), WAIT, instructor::toString); // the lab shell's banner
        assertTrue(instructor.has("  mqttlab --join " + net + "1:" + PORT + " --user NAME"),
                "the instructor's addresses are the namespace's own:\n" + instructor);
        assertFalse(instructor.has("--join 127."), instructor.toString());

        Path pw = tmp.resolve("pw");
        Files.writeString(pw, ClassroomFixture.password("s01") + "\n");
        LineProcess student = java(nsS, "--join", net + "1:" + PORT, "--user", "s01", "--password-file", pw.toString(), "--keepalive", "2");
        Await.until(() -> student.has("Joined the class at " + net + "1:" + PORT + " as s01."), WAIT, student::toString);
        instructor.send("class announce before the cut");
        Await.until(() -> student.has("Announcement: before the cut"), WAIT, student::toString);

        ip("-n", nsS, "link", "set", vethS, "down");
        instructor.send("class announce during the cut 1");
        instructor.send("class announce during the cut 2");
        Await.until(() -> student.has("The instructor's lab went away"), WAIT, student::toString);
        // the broker notices too, by keep alive (1.5 x 2 s) [MQTT-3.1.2-24]; the scoreboard is asked again each
        // second, since the student's own keep alive may notice first
        instructor.send("scoreboard");
        long[] asked = {System.nanoTime()};
        Await.until(() -> {
            if (instructor.has("s01      no")) return true;
            if (System.nanoTime() - asked[0] > 1_000_000_000L) {
                try {
                    instructor.send("scoreboard");
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
                asked[0] = System.nanoTime();
            }
            return false;
        }, WAIT, instructor::toString);
        instructor.send("class announce during the cut 3");
        Await.stays(() -> !student.has("during the cut"), java.time.Duration.ofMillis(500), () -> "nothing can arrive while the link is down:\n" + student);

        ip("-n", nsS, "link", "set", vethS, "up");
        Await.until(() -> student.has("The instructor's lab is back;"), WAIT, student::toString);
        Await.until(() -> student.has("Announcement: during the cut 1") && student.has("Announcement: during the cut 2")
                && student.has("Announcement: during the cut 3"), WAIT, student::toString);
        assertTrue(student.has("The instructor's lab is back; your progress was sent again."), "the session was kept:\n" + student);
        assertEquals(1, student.lines.stream().filter(l -> l.equals("[class] Announcement: before the cut")).count(), student.toString());
        instructor.send("scoreboard");
        Await.until(() -> instructor.has("s01      yes"), WAIT, instructor::toString);
        instructor.send("quit");
    }
}
