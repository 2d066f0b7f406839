package mqttlab.shell.command;

import mqttlab.broker.tap.TapEvent;
import mqttlab.lessons.LabEvent;
import mqttlab.protocol.codec.Explanation;
import mqttlab.protocol.packet.MqttVersion;
import mqttlab.shell.ShellContext;
import mqttlab.shell.ShellException;
import mqttlab.shell.Styles;
import mqttlab.tools.DecodeTool;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

@Command(name = "decode", description = "Explain every byte of MQTT packets; `decode last` explains the last packet you sent.",
        footerHeading = "%nExamples:%n",
        footer = {"  decode 32 0a 00 04 74 65 73 74 00 01 68 69     a PUBLISH, bit by bit",
                "  decode c0 00                                    the smallest packet: PINGREQ",
                "  pub -t test -m hi -q 1", "  decode last                                     the PUBLISH you just sent",
                "  decode last --json"})
public final class DecodeCommand implements Runnable {
    private final ShellContext ctx;

    @Mixin DecodeTool tool = new DecodeTool();

    public DecodeCommand(ShellContext ctx) { this.ctx = ctx; }

    @Override
    public void run() {
        ToolOutput o = new ToolOutput();
        DecodeTool.Result r;
        if (tool.hex.size() == 1 && tool.hex.get(0).equalsIgnoreCase("last")) {
            ctx.broker("decode last");
            TapEvent e = ctx.tap().lastSent();
            var bad = ctx.tap().lastMalformed();
            if (bad != null && (e == null || bad.afterSeq() >= e.seq())) {   // the relay refused it: show where it breaks
                ctx.println(ctx.styles().styled(Styles.FAINT, ctx.t("shell.decode.last.malformed", bad.from(), bad.bytes().length)));
                r = tool.explain(bad.bytes(), bad.version(), o.out, o.err, "decode");
                o.printTo(ctx);
                return;
            }
            if (e == null) throw new ShellException(ctx.t("shell.decode.nothing.yet"));
            ctx.println(ctx.styles().styled(Styles.FAINT, ctx.t("shell.decode.last",
                    e.packet().type().name(), sender(e), e.bytes().length)));
            r = tool.explain(e.bytes(), e.version() == null ? MqttVersion.V3_1_1 : e.version(), o.out, o.err, "decode");
        } else {
            r = tool.run(o.out, o.err, "decode");
        }
        // the table's last line names the broken byte and rule; the tool's stderr line says it again, for scripts
        boolean tableSaysIt = !r.explained().isEmpty() && !tool.json();
        o.printTo(ctx, !tableSaysIt);
        for (Explanation x : r.explained()) {
            if (x.ok()) ctx.lessons().offer(new LabEvent.PacketDecoded(x.packet().type().name()));
        }
    }

    private static String sender(TapEvent e) {
        if (e.clientId() != null) return e.clientId();
        return e.packet() instanceof mqttlab.protocol.packet.Connect c && !c.clientId().isEmpty() ? c.clientId() : e.remoteAddress();
    }
}
