package mqttlab.tools;

import java.io.PrintWriter;
import java.util.List;
import mqttlab.protocol.topic.MatchText;
import mqttlab.protocol.topic.TextStyle;
import picocli.CommandLine.Parameters;

/** `match`'s arguments and work, shared by `mqttlab match` and the shell's `match` (a picocli mixin). */
public final class MatchTool {

    @Parameters(descriptionKey = "FILTER[0]", index = "0", paramLabel = "${bundle:label.filter:-FILTER}", description = "Topic filter, e.g. 'a/+/c/#' or '$share/g/a/#' (quote it in the shell).")
    String filter;

    @Parameters(descriptionKey = "TOPIC[1..*]", index = "1..*", paramLabel = "${bundle:label.topic:-TOPIC}", arity = "0..*", description = "Topic names to match; none: just validate the filter.")
    List<String> topics = List.of();

    /** Empty, for picocli to fill. */
    public MatchTool() { }

    /** For a caller that parsed the words itself ({@code mqttlab match} without picocli). */
    public MatchTool(String filter, List<String> topics) {
        this.filter = filter;
        this.topics = topics;
    }

    /** Prints the explanation; 0 when the filter and every topic are valid (matching or not), 1 otherwise. */
    public int run(PrintWriter out, TextStyle style, int width) {
        MatchText.Report report = new MatchText(style, width).render(filter, topics);
        out.print(report.text());
        out.flush();
        return report.inputsValid() ? 0 : 1;
    }
}
