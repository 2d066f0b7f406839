package mqttlab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.PrintWriter;
import java.io.StringWriter;
import mqttlab.text.Lang;
import mqttlab.text.Text;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import picocli.CommandLine;

/** `decode` and `match` without picocli say exactly what they say through picocli: output, errors, exit code. */
class PlainToolsTest {
    @AfterEach
    void english() { Text.use(Lang.EN); }

    private static CliRun plain(String... args) {
        StringWriter out = new StringWriter(), err = new StringWriter();
        Integer code;
        try {
            code = PlainTools.run(args, new PrintWriter(out), new PrintWriter(err));
        } catch (Exception e) {
            throw new AssertionError(e);
        }
        assertNotNull(code, "taken without picocli: " + String.join(" ", args));
        return new CliRun(code, out.toString(), err.toString());
    }

    @ParameterizedTest(name = "mqttlab {0} ({1})")
    @ValueSource(strings = {
            "decode|c0 00", "decode|30 0a 00 04 74 65 73 74 33 33 33 33", "decode|10 0e 00 04 4d 51 54 54 04 02 00 3c 00 02 73 62",
            "decode|320a", "decode|0x32 0x0a", "decode|32:0a", "decode|zz", "decode|30 05 00", "decode|e0 00 c0 00",
            "match|a/+ a/b", "match|a/+/c/# a/b/c/d a/x/c", "match|a+/c/d a/b/c/d", "match|sport/# sport", "match|$SYS/# $SYS/x a/b",
            "match|$share/g/a/# a/b", "match|a/b", "match|# $SYS/broker"})
    @DisplayName("the same bytes and exit code as through picocli, in English and Korean")
    void sameAsPicocli(String line) {
        String[] parts = line.split("\\|");
        String[] args = (parts[0] + " " + parts[1]).split(" ");
        for (Lang lang : Lang.values()) {
            Text.use(lang);
            CliRun viaPicocli = CliRun.of(args), plain = plain(args);
            assertEquals(viaPicocli, plain, lang + ": mqttlab " + String.join(" ", args));
            assertFalse(plain.out().isEmpty() && plain.err().isEmpty(), "says something");
        }
    }

    @ParameterizedTest(name = "mqttlab {0}: picocli's")
    @ValueSource(strings = {"decode", "match", "decode --help", "match -h", "decode --json c0 00", "decode -- c0 00",
            "match --lang ko a/b", "decode c0 -x", "pub -t a -m b --repeat 2", "sub -t a", "encode publish", "--lang ko decode c0 00"})
    @DisplayName("options, help, --, no words and other commands go through picocli")
    void picocliLines(String line) throws Exception {
        assertNull(PlainTools.run(line.split(" "), new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter())));
    }

    @org.junit.jupiter.api.Test
    @DisplayName("an empty word goes through picocli")
    void emptyWord() throws Exception {
        assertNull(PlainTools.run(new String[] {"match", "a/b", ""}, new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter())));
        assertNull(PlainTools.pub(new String[] {"pub", "-t", "a", "-m", ""}));
        assertNull(PlainTools.broker(new String[] {"broker", "-c", ""}));
        assertNull(PlainTools.shell(new String[] {"--user", ""}));
    }

    @ParameterizedTest(name = "mqttlab pub {0}")
    @ValueSource(strings = {"-t test -m 33", "-p 1884 -t test -m 33", "-h localhost -p 1883 -t a/b -m hi -q 1 -r",
            "--topic a --message b --qos 2 --retain --port 0", "-t a -n -d", "-t a -m b -V 5 -i me -u u -P pw -k 30 -c --quiet",
            "-t a -m b -V mqttv311 --id x --username y --pw z --keepalive 0 --disable-clean-session --debug --null-message",
            "-t a -m b -q 3", "-m b", "-t a+ -m b", "-q 9 -t a -m b", "-t a -m b -p 0"})
    @DisplayName("pub's everyday options are filled in as picocli fills them")
    void pubOptionsAsPicocli(String line) throws Exception {
        String[] args = ("pub " + line).split(" ");
        PubCommand plain = PlainTools.pub(args);
        assertNotNull(plain, "taken without picocli");
        PubCommand viaPicocli = new PubCommand();
        new CommandLine(viaPicocli).parseArgs(java.util.Arrays.copyOfRange(args, 1, args.length));
        for (Object[] pair : new Object[][] {{plain.conn, viaPicocli.conn}, {plain.pub, viaPicocli.pub}}) {
            for (java.lang.reflect.Field f : pair[0].getClass().getFields()) {
                if (java.lang.reflect.Modifier.isStatic(f.getModifiers())) continue;
                assertEquals(f.get(pair[1]), f.get(pair[0]), f.getName() + " in: pub " + line);
            }
        }
    }

    /** Every field of {@code a} and {@code b} (one class) is equal. */
    private static void sameFields(Object a, Object b, String line) throws IllegalAccessException {
        for (java.lang.reflect.Field f : a.getClass().getDeclaredFields()) {
            if (java.lang.reflect.Modifier.isStatic(f.getModifiers()) || f.getName().equals("spec") || f.getName().equals("langOption")) continue;
            f.setAccessible(true);
            assertEquals(f.get(b), f.get(a), f.getName() + " in: " + line);
        }
    }

    @ParameterizedTest(name = "mqttlab broker {0}")
    @ValueSource(strings = {"", "-p 1884", "-p 1884 -p 1885", "--port 1 -v", "-c broker/mosquitto.conf -v", "--config-file x.conf --verbose --daemon",
            "-d -p 0 -c /tmp/a.conf --port 7"})
    @DisplayName("broker's options are filled in as picocli fills them")
    void brokerOptionsAsPicocli(String line) throws Exception {
        String[] args = ("broker " + line).trim().split(" ");
        BrokerCommand plain = PlainTools.broker(args);
        assertNotNull(plain, "taken without picocli");
        BrokerCommand viaPicocli = new BrokerCommand();
        new CommandLine(viaPicocli).parseArgs(java.util.Arrays.copyOfRange(args, 1, args.length));
        sameFields(plain, viaPicocli, "broker " + line);
    }

    @ParameterizedTest(name = "mqttlab {0}")
    @ValueSource(strings = {"", "--port 1884", "shell", "shell --port 0 --no-building", "--user ann --password pw --lang ko",
            "--broker tcp://localhost:1883 --no-building", "shell --lang en --user bob"})
    @DisplayName("the shell's options are filled in as picocli fills them")
    void shellOptionsAsPicocli(String line) throws Exception {
        String[] args = line.isEmpty() ? new String[0] : line.split(" ");
        ShellArgs plain = PlainTools.shell(args);
        assertNotNull(plain, "taken without picocli");
        ShellCommand viaPicocli = new ShellCommand();
        int from = args.length > 0 && args[0].equals("shell") ? 1 : 0;
        new CommandLine(viaPicocli).parseArgs(java.util.Arrays.copyOfRange(args, from, args.length));
        sameFields(plain, viaPicocli.args, line);
    }

    @ParameterizedTest(name = "mqttlab {0}: picocli's")
    @ValueSource(strings = {"broker -h", "broker --help", "broker -v -v", "broker -c a -c b", "broker -p x", "broker -p", "broker -p=1",
            "broker extra", "broker -c -v", "--help", "-h", "-V", "--version", "--join host", "--join host --user u", "--port 1 --port 2",
            "--port x", "--port", "shell --help", "--no-building --no-building", "--cafile ca.pem", "decod c0", "--user -x",
            "--password-file f", "--port=1884", "shell shell"})
    @DisplayName("anything else on a broker or shell line goes through picocli")
    void otherBrokerAndShellLines(String line) {
        String[] args = line.split(" ");
        assertNull(PlainTools.broker(args));
        assertNull(PlainTools.shell(args));
    }

    @ParameterizedTest(name = "mqttlab pub {0}: picocli's")
    @ValueSource(strings = {"-t a -t b -m c", "-p abc -t a -m b", "-p -1 -t a -m b", "-p 0x10 -t a -m b", "-p 1234567890 -t a -m b",
            "-t", "-t a -m", "-t=a -m b", "-ta -m b", "--topic=a -m b", "-rd -t a -m b", "-t a -m -b", "-t a -f file", "-t a -l",
            "-t a -m b -D publish content-type text", "-t a -m b --repeat 2", "--help", "-t a -m b extra", "-t a -m b --", "-t a -m b --will-topic w",
            "-t a -m b -x 10", "-t a -m b -I p", "-t a -m b --lang ko"})
    @DisplayName("anything else on a pub line goes through picocli")
    void otherPubLines(String line) {
        assertNull(PlainTools.pub(("pub " + line).split(" ")));
    }
}
