package mqttlab.shell.command;

import mqttlab.shell.ShellContext;
import mqttlab.tools.EncodeTool;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

@Command(name = "encode", sortOptions = false,
        description = "Build an MQTT packet from options; print its hex, then every byte explained.",
        footerHeading = "%nExamples:%n",
        footer = {"  encode publish -t building/125/sensor1/temperature -m 24.8",
                "  encode publish -t test -m hi -q 1 --id 7 --dup",
                "  encode subscribe -t 'building/+/ac/state' -q 1",
                "  encode connect -i sensor-1 --will-topic building/125/status --will-payload offline --v5",
                "TYPE: connect connack publish puback pubrec pubrel pubcomp subscribe suback",
                "      unsubscribe unsuback pingreq pingresp disconnect auth"})
public final class EncodeCommand implements Runnable {
    private final ShellContext ctx;

    @Mixin EncodeTool tool = new EncodeTool();

    public EncodeCommand(ShellContext ctx) { this.ctx = ctx; }

    @Override
    public void run() {
        ToolOutput o = new ToolOutput();
        tool.run(o.out, o.err, "encode");
        o.printTo(ctx);
    }
}
