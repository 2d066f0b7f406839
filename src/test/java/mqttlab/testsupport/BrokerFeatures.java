package mqttlab.testsupport;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import mqttlab.shell.LabShell;
import mqttlab.shell.ShellOptions;
import org.jline.terminal.Terminal;

/**
 * The README's broker matrix, measured: the lab shell started with {@code --broker URL} as a student
 * ({@code students/<user>/...} is theirs under the classroom rules) types the lines that show how a
 * broker differs, and each command's screen output is kept for the test to assert on. The results
 * are also written to {@code target/broker-matrix/<broker>.txt}.
 */
public final class BrokerFeatures {
    /** The screen after each typed command, by command. */
    public final Map<String, String> screens = new LinkedHashMap<>();
    public final String output;

    private BrokerFeatures(String output) {
        this.output = output;
        String[] parts = output.split("\nlab(\\[[^\\]]*])?> ");
        for (int i = 1; i < parts.length; i++) {
            int nl = parts[i].indexOf('\n');
            String cmd = nl < 0 ? parts[i] : parts[i].substring(0, nl);
            screens.put(cmd.strip(), nl < 0 ? "" : parts[i].substring(nl + 1));
        }
    }

    public static final String WILDCARD_SUB = "sub -t 'students/%s/m/+' -q 2";
    public static final String EXACT_SUB = "sub -t students/%s/m/r -q 1";
    public static final String QOS2_PUB = "pub -t students/%s/m/two -m two -q 2";
    public static final String V5_CONNECT = "connect v5 -V 5";
    /** The student's own packets, as the relay in front of the broker saw them. */
    public static final String TRACE = "trace last";
    /** The lecture's first line, which the classroom rules do not allow a student. */
    public static final String ALL_SUB = "sub -t # -v";

    /** Runs the probe lines on the broker at {@code host:port} as {@code user}; {@code name} names the result file. */
    public static BrokerFeatures measure(String name, String host, int port, String user, String password) throws Exception {
        String script = String.join("\n",
                "sleep 4", // the shell's own retained-on-wildcard probe runs first
                "pub -t students/" + user + "/m/r -m kept -r -q 1",
                TRACE,
                String.format(WILDCARD_SUB, user),
                "sleep 1",
                String.format(EXACT_SUB, user),
                "sleep 1",
                String.format(QOS2_PUB, user),
                "sleep 1",
                V5_CONNECT,
                "sleep 1",
                "connect lab",
                ALL_SUB,
                "sleep 1",
                "quit", "");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Terminal t = LabShell.dumb(new ByteArrayInputStream(script.getBytes(StandardCharsets.UTF_8)), out);
        LabShell.run(new ShellOptions("tcp://" + host + ":" + port, user, password, port, "en", true), t, false);
        String text = out.toString(StandardCharsets.UTF_8);
        Path dir = Files.createDirectories(Path.of("target", "broker-matrix"));
        Files.writeString(dir.resolve(name + ".txt"), text);
        return new BrokerFeatures("\n" + text);
    }

    /** The screen after {@code command} (a format with %s for the user). */
    public String after(String command, String user) {
        String key = String.format(command, user).replace("'", "");
        return screens.entrySet().stream().filter(e -> e.getKey().replace("'", "").equals(key)).map(Map.Entry::getValue)
                .findFirst().orElseThrow(() -> new AssertionError("no screen for `" + key + "` in:\n" + output));
    }
}
