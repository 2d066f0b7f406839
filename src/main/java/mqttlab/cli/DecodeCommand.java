package mqttlab.cli;

import java.util.concurrent.Callable;
import mqttlab.tools.DecodeTool;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** `mqttlab decode HEX...`: every byte of one or more packets, explained ({@link DecodeTool}). */
@Command(name = "decode", mixinStandardHelpOptions = true,
        description = {"Decode MQTT packets and explain every byte: fixed header bits, remaining length, fields, properties.",
                "Example: mqttlab decode 32 0a 00 04 74 65 73 74 00 01 68 69"})
public final class DecodeCommand implements Callable<Integer> {
    @picocli.CommandLine.Mixin LangOption langOption = new LangOption();

    @Spec CommandSpec spec;

    @Mixin DecodeTool tool = new DecodeTool();

    @Override
    public Integer call() {
        return tool.run(spec.commandLine().getOut(), spec.commandLine().getErr(), "mqttlab decode").status();
    }
}
