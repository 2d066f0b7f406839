package mqttlab.tools;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import mqttlab.protocol.codec.Explanation;
import mqttlab.protocol.codec.ExplanationText;
import mqttlab.protocol.codec.HexInput;
import mqttlab.protocol.packet.MqttVersion;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import mqttlab.text.Text;

/**
 * `decode`'s options and work, shared by `mqttlab decode` and the shell's `decode` (a picocli mixin):
 * bytes in, every packet explained as a table or JSON.
 */
public final class DecodeTool {
    @Parameters(descriptionKey = "HEX[0..*]", paramLabel = "${bundle:label.hex:-HEX}", arity = "0..*", description = "bytes in hex: '32 0a', '320a', '0x32 0x0a' or '32:0a'")
    public List<String> hex = List.of();

    @Option(names = "--file", paramLabel = "${bundle:label.file:-FILE}", description = "read raw bytes from a file instead")
    Path file;

    @Option(names = "--json", description = "print JSON instead of a table")
    boolean json;

    /** Whether the explanation is printed as JSON rather than as the table. */
    public boolean json() { return json; }

    @ArgGroup(exclusive = true)
    VersionChoice version;

    static final class VersionChoice {
        @Option(names = "--v5", description = "decode as MQTT 5.0 (default: the version of a CONNECT in the input, else 3.1.1)")
        boolean v5;
        @Option(names = "--v311", description = "decode as MQTT 3.1.1")
        boolean v311;
    }

    /** What was explained (empty when the input was refused) and the exit status. */
    public record Result(int status, List<Explanation> explained) { }

    /** Reads the bytes from the hex words or --file; {@code prefix} starts each error line ("mqttlab decode"). */
    public Result run(PrintWriter out, PrintWriter err, String prefix) {
        byte[] bytes;
        try {
            if (file != null && !hex.isEmpty()) throw new IllegalArgumentException(Text.t("tools.hex.or.file"));
            bytes = file != null ? Files.readAllBytes(file) : HexInput.parse(hex);
        } catch (IOException e) {
            err.println(prefix + ": cannot read " + file + ": " + e.getMessage());
            return new Result(1, List.of());
        } catch (IllegalArgumentException e) {
            err.println(prefix + ": " + e.getMessage());
            return new Result(1, List.of());
        }
        if (bytes.length == 0) {
            err.println(prefix + ": " + Text.t("tools.no.bytes", prefix));
            return new Result(1, List.of());
        }
        return explain(bytes, MqttVersion.V3_1_1, out, err, prefix);
    }

    /** Explains these bytes; {@code fallback} is the version when neither --v5/--v311 nor a CONNECT says. */
    public Result explain(byte[] bytes, MqttVersion fallback, PrintWriter out, PrintWriter err, String prefix) {
        MqttVersion forced = version == null ? null : version.v5 ? MqttVersion.V5 : MqttVersion.V3_1_1;
        List<Explanation> all = Explanation.all(bytes, forced, fallback);
        out.print(json ? ExplanationText.json(all) + "\n" : ExplanationText.table(all));
        out.flush();
        Explanation last = all.get(all.size() - 1);
        if (!last.ok()) {
            err.println(prefix + ": " + ExplanationText.errorLine(last));
            return new Result(1, all);
        }
        return new Result(0, all);
    }
}
