package mqttlab.shell.command;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import mqttlab.broker.BrokerView;
import mqttlab.broker.fault.Fault;
import mqttlab.broker.tap.Direction;
import mqttlab.protocol.packet.PacketType;
import mqttlab.shell.ShellContext;
import mqttlab.shell.ShellException;
import mqttlab.text.Table;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import mqttlab.text.Text;

@Command(name = "fault", description = "Inject a fault into the broker for teaching: drop, delay or duplicate packets, or cut a connection.",
        footerHeading = "%nExamples:%n",
        footer = {"  fault drop puback to pub1         the broker drops the next PUBACK it sends to pub1",
                "  fault drop publish to sub1 2      the next 2 PUBLISH packets to sub1 are lost",
                "  fault drop puback in sub1         the next PUBACK sub1 sends in is lost (`in` = from, `out` = to)",
                "  fault delay pubrel from pub1 3    PUBREL from pub1 is held 3 seconds",
                "  fault duplicate publish from pub1 pub1's next PUBLISH reaches the broker twice (QoS 1 vs 2)",
                "  fault cut sub1                    cut sub1's connection now (its will fires)",
                "  fault cut sub1 after pubrec       cut it right after the next PUBREC it sends",
                "  fault list", "  fault clear"})
public final class FaultCommand implements Runnable {
    private final ShellContext ctx;

    @Parameters(arity = "1..*", paramLabel = "drop|delay|duplicate|cut|list|clear ...", description = "the fault")
    List<String> args = new ArrayList<>();

    public FaultCommand(ShellContext ctx) { this.ctx = ctx; }

    @Override
    public void run() {
        BrokerView b = ctx.broker("fault");
        String kind = args.get(0).toLowerCase(Locale.ROOT);
        switch (kind) {
            case "list" -> list(b);
            case "clear" -> { b.faults().clear(); ctx.println(ctx.t("shell.fault.cleared")); }
            case "cut" -> cut(b);
            case "drop" -> packetFault(b, Fault.Kind.DROP);
            case "delay" -> packetFault(b, Fault.Kind.DELAY);
            case "duplicate", "dup" -> packetFault(b, Fault.Kind.DUPLICATE);
            default -> throw new ShellException(ctx.t("shell.fault.what"));
        }
    }

    private void packetFault(BrokerView b, Fault.Kind kind) {
        String usage = ctx.t(switch (kind) {
            case DROP -> "shell.fault.usage.drop";
            case DELAY -> "shell.fault.usage.delay";
            default -> "shell.fault.usage.duplicate";
        });
        if (args.size() < 4) throw new ShellException("fault: " + usage);
        PacketType type = type(args.get(1));
        Direction dir = switch (args.get(2).toLowerCase(Locale.ROOT)) {
            case "to", "out" -> Direction.OUT;   // `out`/`in`: as the broker sees the packet
            case "from", "in" -> Direction.IN;
            default -> throw new ShellException(ctx.t("shell.fault.way", usage));
        };
        String client = args.get(3);
        double n = args.size() > 4 ? number(args.get(4)) : 1;
        String who = client.equals("*") ? ctx.t("shell.fault.anyone") : client;
        String way = ctx.t(dir == Direction.OUT ? "shell.fault.to" : "shell.fault.from", who);
        String count = n > 1 ? (int) n + " " : "";
        if (kind == Fault.Kind.DROP) {
            b.faults().add(Fault.drop(client, type, dir, (int) Math.max(1, n)));
            String c = consequence(type, dir);
            ctx.println(ctx.t("shell.fault.drop", count, type, way, c == null ? "" : ctx.t(c)).stripTrailing());
        } else if (kind == Fault.Kind.DUPLICATE) {
            b.faults().add(Fault.duplicate(client, type, dir, (int) Math.max(1, n)));
            String c = type == PacketType.PUBLISH ? ctx.t("shell.fault.duplicate.publish") : "";
            ctx.println(ctx.t("shell.fault.duplicate", count, type, way, c).stripTrailing());
        } else {
            b.faults().add(Fault.delay(client, type, dir, 1, Duration.ofMillis((long) (n * 1000))));
            ctx.println(ctx.t("shell.fault.delay", type, way, n));
        }
    }

    private void cut(BrokerView b) {
        if (args.size() < 2) throw new ShellException(ctx.t("shell.fault.usage.cut"));
        String client = args.get(1);
        if (args.size() >= 4 && args.get(2).equalsIgnoreCase("after")) {
            PacketType type = type(args.get(3));
            b.faults().add(Fault.cutAfter(client, type, Direction.IN));
            ctx.println(ctx.t("shell.fault.cut.after", client, type));
            return;
        }
        boolean done = b.cut(client);
        ctx.println(ctx.t(done ? "shell.fault.cut.now" : "shell.fault.no.client", client));
    }

    private void list(BrokerView b) {
        Table t = new Table(ctx.t("table.kind"), ctx.t("table.packet"), ctx.t("table.way"), ctx.t("table.client"), ctx.t("table.left"), ctx.t("table.delay"));
        for (Fault f : b.faults().list()) {
            t.row(f.kind(), f.type(), ctx.t(f.direction() == Direction.OUT ? "table.to.client" : "table.from.client"), f.clientId(), f.count(), f.delay().toMillis() + " ms");
        }
        if (t.isEmpty()) ctx.println(ctx.t("shell.fault.none"));
        else t.render(ctx.styles().colour(), ctx.width()).forEach(ctx::println);
    }

    private static String consequence(PacketType t, Direction d) {
        return switch (t) {
            case PUBACK -> "shell.fault.puback";
            case PUBREC -> "shell.fault.pubrec";
            case PUBREL -> "shell.fault.pubrel";
            case PUBCOMP -> "shell.fault.pubcomp";
            case PUBLISH -> d == Direction.OUT ? "shell.fault.publish.out" : "shell.fault.publish.in";
            default -> null;
        };
    }

    private static PacketType type(String name) {
        try {
            return PacketType.valueOf(name.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new ShellException(Text.t("shell.fault.bad.type", name));
        }
    }

    private static double number(String s) {
        try {
            return Double.parseDouble(s);
        } catch (NumberFormatException e) {
            throw new ShellException(Text.t("shell.fault.bad.number", s));
        }
    }
}
