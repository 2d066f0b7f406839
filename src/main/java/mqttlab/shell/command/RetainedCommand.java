package mqttlab.shell.command;

import mqttlab.broker.RetainedInfo;
import mqttlab.shell.ShellContext;
import mqttlab.shell.ui.MessageLine;
import mqttlab.text.Table;
import picocli.CommandLine.Command;

@Command(name = "retained", description = "The retained messages the broker keeps: a new subscriber gets these at once.",
        footerHeading = "%nExamples:%n", footer = {"  pub -t building/125/ac/state -m ON -r", "  retained", "  pub -t building/125/ac/state -n -r     (clears it)"})
public final class RetainedCommand implements Runnable {
    private final ShellContext ctx;

    /** When the broker stored it, in the student's own time zone, to the second. */
    private static final java.time.format.DateTimeFormatter STORED =
            java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(java.time.ZoneId.systemDefault());

    public RetainedCommand(ShellContext ctx) { this.ctx = ctx; }

    @Override
    public void run() {
        mqttlab.broker.BrokerView view = ctx.broker("retained");
        Table t = new Table(ctx.t("table.topic"), ctx.t("table.payload"), "QOS", ctx.t("table.stored"));
        for (RetainedInfo r : view.retained()) {
            String v = MessageLine.payloadText(r.payload());
            t.row(r.topic(), v == null ? "0x" + java.util.HexFormat.of().formatHex(r.payload()) : v, r.qos(), STORED.format(r.storedAt()));
        }
        t.render(ctx.styles().colour(), ctx.width()).forEach(ctx::println);
        if (view.secondHand() != null) ctx.println(ctx.styles().styled(mqttlab.shell.Styles.FAINT, view.secondHand()));   // --broker: what the relay saw
    }
}
