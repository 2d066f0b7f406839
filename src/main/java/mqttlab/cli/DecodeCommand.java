package mqttlab.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import mqttlab.protocol.codec.Explanation;
import mqttlab.protocol.codec.ExplanationText;
import mqttlab.protocol.codec.HexInput;
import mqttlab.protocol.packet.MqttVersion;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** `mqttlab decode HEX...`: every byte of one or more packets, explained. */
@Command(name = "decode", mixinStandardHelpOptions = true,
        description = {"Decode MQTT packets and explain every byte: fixed header bits, remaining length, fields, properties.",
                "Example: mqttlab decode 32 0a 00 04 74 65 73 74 00 01 68 69"})
public final class DecodeCommand implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Parameters(paramLabel = "HEX", arity = "0..*", description = "bytes in hex: '32 0a', '320a', '0x32 0x0a' or '32:0a'")
    List<String> hex = List.of();

    @Option(names = "--file", paramLabel = "FILE", description = "read raw bytes from a file instead")
    Path file;

    @Option(names = "--json", description = "print JSON instead of a table")
    boolean json;

    @ArgGroup(exclusive = true)
    VersionChoice version;

    static final class VersionChoice {
        @Option(names = "--v5", description = "decode as MQTT 5.0 (default: the version of a CONNECT in the input, else 3.1.1)")
        boolean v5;
        @Option(names = "--v311", description = "decode as MQTT 3.1.1")
        boolean v311;
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut(), err = spec.commandLine().getErr();
        byte[] bytes;
        try {
            if (file != null && !hex.isEmpty()) throw new IllegalArgumentException("give hex bytes or --file, not both");
            bytes = file != null ? Files.readAllBytes(file) : HexInput.parse(hex);
        } catch (IOException e) {
            err.println("mqttlab decode: cannot read " + file + ": " + e.getMessage());
            return 1;
        } catch (IllegalArgumentException e) {
            err.println("mqttlab decode: " + e.getMessage());
            return 1;
        }
        if (bytes.length == 0) {
            err.println("mqttlab decode: no bytes given (try: mqttlab decode 32 0a 00 04 74 65 73 74 00 01 68 69)");
            return 1;
        }
        MqttVersion forced = version == null ? null : version.v5 ? MqttVersion.V5 : MqttVersion.V3_1_1;
        List<Explanation> all = Explanation.all(bytes, forced, MqttVersion.V3_1_1);
        out.print(json ? ExplanationText.json(all) + "\n" : ExplanationText.table(all));
        out.flush();
        Explanation last = all.get(all.size() - 1);
        if (!last.ok()) {
            err.println("mqttlab decode: " + ExplanationText.errorLine(last));
            return 1;
        }
        return 0;
    }
}
