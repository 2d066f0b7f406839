package mqttlab.cli;

import java.io.BufferedWriter;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.util.Arrays;
import java.util.List;
import mqttlab.tools.DecodeTool;
import mqttlab.tools.MatchTool;

/**
 * {@code mqttlab decode HEX...} and {@code mqttlab match FILTER TOPIC...} without picocli, when the line is
 * only words that picocli would take as the positional parameters: building picocli's model cost most of
 * these commands' start-up (issue 14). Anything else (an option, {@code --}, {@code --help}, a missing
 * filter, an empty word) returns null and goes through picocli, which keeps its help and errors.
 * The work is the same {@link DecodeTool} and {@link MatchTool} the picocli commands run, so the output is
 * too (PlainToolsTest compares them).
 */
final class PlainTools {
    private PlainTools() { }

    /** The exit status, or null when picocli must parse this line. */
    static Integer run(String[] args, PrintWriter out, PrintWriter err) {
        if (args.length < 2 || !plainWords(args)) return null;
        List<String> words = Arrays.asList(args).subList(1, args.length);
        switch (args[0]) {
            case "decode": {
                DecodeTool tool = new DecodeTool();
                tool.hex = List.copyOf(words);
                return tool.run(out, err, "mqttlab decode").status();
            }
            case "match":
                return new MatchTool(words.get(0), List.copyOf(words.subList(1, words.size())))
                        .run(out, MatchCommand.stdoutStyle(), MatchCommand.terminalWidth());
            default:
                return null;
        }
    }

    /** Writers like picocli's own for System.out and System.err (its encoding rule, buffered, autoflush). */
    static PrintWriter writer(OutputStream stream, String encodingProperty) {
        return new PrintWriter(new BufferedWriter(new OutputStreamWriter(stream, charset(System.getProperty(encodingProperty)))), true);
    }

    private static Charset charset(String name) {
        if (name == null) return Charset.defaultCharset();
        try {
            return Charset.forName("cp65001".equalsIgnoreCase(name) ? "UTF-8" : name);
        } catch (RuntimeException e) {
            return Charset.defaultCharset();
        }
    }

    /** Every word after the command is a non-empty word that does not start with '-'. */
    private static boolean plainWords(String[] args) {
        for (int i = 1; i < args.length; i++) {
            if (args[i].isEmpty() || args[i].startsWith("-")) return false;
        }
        return true;
    }
}
