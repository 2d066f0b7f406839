package mqttlab.cli;

import java.nio.charset.Charset;
import java.util.concurrent.Callable;
import mqttlab.protocol.topic.TextStyle;
import mqttlab.tools.MatchTool;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;

/**
 * {@code mqttlab match FILTER [TOPIC...]}: does the filter match each topic, and why, level by level.
 * Exit code 0 when the filter and every topic are valid (matching or not), 1 when one is invalid.
 */
@Command(name = "match", mixinStandardHelpOptions = true,
        description = {"Match a topic filter against topic names, explaining each level.",
                "An invalid filter or topic is reported with the rule it breaks.",
                "Example: match 'a/+/c/#' a/b/c/d a/x/c"},
        exitCodeListHeading = "Exit codes:%n",
        exitCodeList = {"0:the filter and every topic are valid (whether they match or not)",
                "1:the filter or a topic is invalid", "2:bad usage"})
public final class MatchCommand implements Callable<Integer> {
    @picocli.CommandLine.Mixin LangOption langOption = new LangOption();


    @Mixin MatchTool tool = new MatchTool();

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        return tool.run(spec.commandLine().getOut(), stdoutStyle(), terminalWidth());
    }

    /** Colour only on a terminal and without NO_COLOR; ✓/✗ only when the output encoding has them. */
    static TextStyle stdoutStyle() {
        boolean terminal = System.console() != null && !"dumb".equals(System.getenv("TERM"));
        boolean color = terminal && mqttlab.shell.ui.TerminalLook.colourAllowed(System.getenv());
        String enc = System.getProperty("stdout.encoding", System.getProperty("sun.stdout.encoding"));
        Charset cs;
        try {
            cs = enc == null ? Charset.defaultCharset() : Charset.forName(enc);
        } catch (RuntimeException e) {
            cs = Charset.defaultCharset();
        }
        return new TextStyle(color, cs.newEncoder().canEncode("✓✗…"));
    }

    static int terminalWidth() {
        try {
            int columns = Integer.parseInt(System.getenv().getOrDefault("COLUMNS", "80"));
            return columns >= 40 ? Math.min(columns, 120) : 80;
        } catch (NumberFormatException e) {
            return 80;
        }
    }
}
