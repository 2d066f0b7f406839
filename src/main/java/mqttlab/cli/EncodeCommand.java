package mqttlab.cli;

import java.util.concurrent.Callable;
import mqttlab.tools.EncodeTool;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** `mqttlab encode TYPE [options]`: build a packet, print its bytes in hex, then explain them ({@link EncodeTool}). */
@Command(name = "encode", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Build an MQTT packet from options; print its hex, then every byte explained.",
                "TYPE: connect connack publish puback pubrec pubrel pubcomp subscribe suback",
                "      unsubscribe unsuback pingreq pingresp disconnect auth",
                "Example: mqttlab encode publish -t test -m hi -q 1 --id 1"})
public final class EncodeCommand implements Callable<Integer> {
    @picocli.CommandLine.Mixin LangOption langOption = new LangOption();

    @Spec CommandSpec spec;

    @Mixin EncodeTool tool = new EncodeTool();

    @Override
    public Integer call() {
        return tool.run(spec.commandLine().getOut(), spec.commandLine().getErr(), "mqttlab encode");
    }
}
