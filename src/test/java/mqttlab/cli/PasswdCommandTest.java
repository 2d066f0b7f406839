package mqttlab.cli;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.*;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.TimeUnit;
import mqttlab.broker.auth.PasswordFile;
import mqttlab.testsupport.Peers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class PasswdCommandTest {
    @TempDir Path dir;
    private final StringWriter err = new StringWriter();

    private int run(PasswdCommand.PasswordPrompt prompt, String... args) {
        CommandLine cl = new CommandLine(new PasswdCommand(prompt));
        cl.setErr(new PrintWriter(err, true));
        cl.setOut(new PrintWriter(new StringWriter(), true));
        return cl.execute(args);
    }

    private int run(String... args) {
        return run(p -> null, args);
    }

    private static PasswdCommand.PasswordPrompt answers(String... typed) {
        Deque<String> q = new ArrayDeque<>(List.of(typed));
        return p -> q.isEmpty() ? null : q.pop().toCharArray();
    }

    @Test
    void batchCreateAddAndDelete() throws Exception {
        Path f = dir.resolve("passwd");
        assertEquals(0, run("-c", "-b", f.toString(), "alice", "one"));
        assertEquals(0, run("-b", f.toString(), "bob", "two"));
        assertEquals(0, run("-H", "sha512", "-b", f.toString(), "carol", "three"));
        PasswordFile pf = PasswordFile.load(f);
        assertTrue(pf.authenticate("alice", "one".getBytes(UTF_8)));
        assertTrue(pf.authenticate("carol", "three".getBytes(UTF_8)));
        assertTrue(Files.readString(f).contains("bob:$7$101$"));
        assertEquals(0, run("-D", f.toString(), "bob"));
        assertFalse(PasswordFile.load(f).contains("bob"));
        assertEquals(1, run("-D", f.toString(), "bob"));
        assertTrue(err.toString().contains("Warning: User bob not found in password file."), err.toString());
    }

    @Test
    void promptsTwiceAndChecksTheyMatch() throws Exception {
        Path f = dir.resolve("passwd");
        assertEquals(0, run(answers("pw one", "pw one"), "-c", f.toString(), "alice"));
        assertTrue(PasswordFile.load(f).authenticate("alice", "pw one".getBytes(UTF_8)));
        assertEquals(1, run(answers("a", "b"), f.toString(), "alice"));
        assertTrue(err.toString().contains("Error: Passwords do not match."));
        assertTrue(PasswordFile.load(f).authenticate("alice", "pw one".getBytes(UTF_8)), "unchanged");
    }

    @Test
    void clearOneLineErrors() {
        Path f = dir.resolve("passwd");
        assertEquals(1, run(f.toString(), "alice"));
        assertTrue(err.toString().contains("Error: No terminal to read the password from; use -b FILE USER PASSWORD"), err.toString());
        assertEquals(1, run("-b", f.toString(), "alice", "pw"));
        assertTrue(err.toString().contains("Error: Unable to open password file " + f + " (no such file). Use -c to create it."));
        assertEquals(1, run("-c", "-b", f.toString(), "a:b", "pw"));
        assertTrue(err.toString().contains("Error: The user name must not contain the ':' character."));
        assertEquals(1, run("-c", "-D", f.toString(), "a"));
        assertEquals(1, run("-b", f.toString(), "alice"));
        assertEquals(1, run("-H", "md5", "-c", "-b", f.toString(), "a", "b"));
        assertFalse(err.toString().contains("Exception"), err.toString());
        assertFalse(Files.exists(f));
    }

    @Test
    void registeredInMain() {
        assertTrue(Main.commandLine().getSubcommands().containsKey("passwd"));
    }

    @Test
    void mosquittoPasswdCanEditOurFile() throws Exception {
        String tool = Peers.require("mosquitto_passwd").toString();
        Path f = dir.resolve("passwd");
        assertEquals(0, run("-c", "-b", f.toString(), "alice", "one"));
        Process p = new ProcessBuilder(tool, "-b", f.toString(), "bob", "two").redirectErrorStream(true).start();
        assertTrue(p.waitFor(20, TimeUnit.SECONDS));
        assertEquals(0, p.exitValue(), new String(p.getInputStream().readAllBytes(), UTF_8));
        PasswordFile pf = PasswordFile.load(f);
        assertTrue(pf.authenticate("alice", "one".getBytes(UTF_8)));
        assertTrue(pf.authenticate("bob", "two".getBytes(UTF_8)));
    }
}
