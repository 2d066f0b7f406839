package mqttlab.broker;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import mqttlab.testsupport.DebianMosquitto;
import mqttlab.testsupport.LabProcess;
import mqttlab.testsupport.LoggedProcess;
import mqttlab.testsupport.Peers;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * `kill -HUP` to `mqttlab broker -c FILE` and to Debian's mosquitto 2.0.11, side by side, with the
 * same files: both log "Reloading config.", read the password file, the ACL and the logging options
 * again, and keep their connected clients, except one the new password file no longer admits (as
 * mosquitto's security_apply). A client the new ACL restricts stays connected and gets only what
 * the new ACL lets it read.
 */
class BrokerReloadTest {
    @TempDir Path dir;

    @Test
    @DisplayName("SIGHUP: new password file, ACL and log_type in force; clients stay unless no longer admitted, as mosquitto")
    void reloadAsMosquitto() throws Exception {
        Path passwd = Peers.require("mosquitto_passwd");
        Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwxr-xr-x")); // mosquitto drops to its own user
        List<LoggedProcess> brokers = new ArrayList<>();
        List<Integer> ports = new ArrayList<>();
        List<Path> confs = new ArrayList<>();
        try {
            for (String name : List.of("lab", "mosquitto")) { // each its own files: the test rewrites them
                Path pw = dir.resolve(name + ".pw");
                run(passwd.toString(), "-b", "-c", pw.toString(), "alice", "apw");
                run(passwd.toString(), "-b", pw.toString(), "bob", "bpw");
                run(passwd.toString(), "-b", pw.toString(), "carol", "cpw");
                Files.setPosixFilePermissions(pw, PosixFilePermissions.fromString("rw-r--r--"));
                Path acl = dir.resolve(name + ".acl");
                write(acl, "user alice\ntopic readwrite x/#\nuser bob\ntopic readwrite x/#\nuser carol\ntopic readwrite x/#\n");
                int port = DebianMosquitto.freePort();
                Path conf = dir.resolve(name + ".conf");
                write(conf, config(port, pw, acl, ""));
                List<String> cmd = name.equals("lab") ? LabProcess.command("broker", "-c", conf.toString())
                        : List.of(Peers.mosquitto().toString(), "-c", conf.toString());
                LoggedProcess b = new LoggedProcess(cmd);
                brokers.add(b);
                ports.add(port);
                confs.add(conf);
                b.awaitLine(" running", true);
            }
            for (int i = 0; i < 2; i++) {
                String name = i == 0 ? "lab" : "mosquitto";
                check(name, brokers.get(i), ports.get(i), confs.get(i), dir.resolve(name + ".pw"), dir.resolve(name + ".acl"), passwd);
            }
        } finally {
            brokers.forEach(LoggedProcess::close);
        }
    }

    private void check(String who, LoggedProcess broker, int port, Path conf, Path pw, Path acl, Path passwd) throws Exception {
        try (LoggedProcess alice = sub(port, "alice", "apw", "x/#"); LoggedProcess bob = sub(port, "bob", "bpw", "x/#")) {
            alice.awaitLine("Subscribed (mid: 1)", false); // mosquitto_sub -d says when its SUBACK came
            bob.awaitLine("Subscribed (mid: 1)", false);
            pub(port, "x/1", "before");
            alice.awaitLine("x/1 before", true);
            bob.awaitLine("x/1 before", true);

            // alice may now read only x/still; bob leaves the password file; subscriptions get logged
            write(acl, "user alice\ntopic read x/still\nuser bob\ntopic readwrite x/#\nuser carol\ntopic readwrite x/#\n");
            run(passwd.toString(), "-D", pw.toString(), "bob");
            write(conf, config(port, pw, acl, "log_type subscribe\n"));
            broker.signal("HUP");
            broker.awaitLine(": Reloading config.", true);
            broker.awaitLine("Client bob disconnected.", true);
            assertTrue(bob.process.waitFor(20, TimeUnit.SECONDS), who + ": bob's mosquitto_sub ends: " + bob.lines());
            Process again = new ProcessBuilder(Peers.require("mosquitto_pub").toString(), "-p", String.valueOf(port), "-u", "bob", "-P", "bpw",
                    "-t", "x/3", "-m", "bob again").redirectErrorStream(true).start();
            assertTrue(again.waitFor(20, TimeUnit.SECONDS));
            String said = new String(again.getInputStream().readAllBytes());
            assertTrue(again.exitValue() != 0 && said.contains("not authorised"), who + ": bob is refused now: " + said);

            pub(port, "x/2", "denied");
            pub(port, "x/still", "allowed");
            alice.awaitLine("x/still allowed", true);
            assertTrue(alice.process.isAlive(), who + ": alice stays connected");
            assertFalse(alice.lines().contains("x/2 denied"), who + ": the new ACL is checked on delivery: " + alice.lines());

            try (LoggedProcess dave = sub(port, "carol", "cpw", "x/new")) { // log_type subscribe is now in force
                broker.awaitLine(" 0 x/new", true);
            }
            assertTrue(broker.process.isAlive(), who + " is still running");
        }
    }

    private static String config(int port, Path pw, Path acl, String extra) {
        return "listener " + port + " 127.0.0.1\nallow_anonymous false\npassword_file " + pw + "\nacl_file " + acl + "\n"
                + "log_dest stderr\nlog_type error\nlog_type warning\nlog_type notice\nlog_type information\n" + extra;
    }

    private static void write(Path file, String text) throws Exception {
        Files.writeString(file, text);
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));
    }

    /**
     * mosquitto_sub, with -d: its debug lines say when it has subscribed (line-buffered by stdbuf: mosquitto_sub
     * flushes after a message, not after a debug line); the messages are lines "topic payload".
     */
    private static LoggedProcess sub(int port, String user, String password, String filter) throws Exception {
        return new LoggedProcess(List.of(Peers.require("stdbuf").toString(), "-oL", Peers.require("mosquitto_sub").toString(), "-p", String.valueOf(port), "-i", user,
                "-u", user, "-P", password, "-t", filter, "-v", "-d"));
    }

    private static void pub(int port, String topic, String message) throws Exception {
        Process p = new ProcessBuilder(Peers.require("mosquitto_pub").toString(), "-p", String.valueOf(port), "-u", "carol", "-P", "cpw",
                "-t", topic, "-m", message, "-q", "1").redirectErrorStream(true).start();
        assertTrue(p.waitFor(20, TimeUnit.SECONDS), "mosquitto_pub ends");
        assertEquals(0, p.exitValue(), "mosquitto_pub " + topic + ": " + new String(p.getInputStream().readAllBytes()));
    }

    private static void run(String... cmd) throws Exception {
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        assertTrue(p.waitFor(20, TimeUnit.SECONDS));
        assertEquals(0, p.exitValue(), String.join(" ", cmd) + ": " + new String(p.getInputStream().readAllBytes()));
    }
}
