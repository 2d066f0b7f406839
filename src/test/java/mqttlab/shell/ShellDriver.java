package mqttlab.shell;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import org.jline.terminal.Terminal;

/** Runs the lab shell in-process on a JLine dumb terminal fed with a script, as `./mqttlab < script.txt` does. */
final class ShellDriver {
    private ShellDriver() { }

    record Run(int exit, String output) { }

    static Run run(ShellOptions options, String script) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Terminal t = LabShell.dumb(new ByteArrayInputStream(script.getBytes(StandardCharsets.UTF_8)), out);
        int exit = LabShell.run(options, t, false);
        return new Run(exit, out.toString(StandardCharsets.UTF_8));
    }

    static ShellOptions external(String url) {
        return new ShellOptions(url, null, null, 1883, "en", true);
    }
}
