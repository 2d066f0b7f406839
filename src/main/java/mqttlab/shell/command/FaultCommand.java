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
import mqttlab.shell.UsageLine;
import mqttlab.text.Table;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import mqttlab.text.Text;

@Command(name = "fault", description = "Inject a fault into the broker for teaching: drop, delay or duplicate packets, or cut a connection.",
        footerHeading = "%nExamples:%n",
        footer = {"  fault drop puback to pub1         the broker drops the next PUBACK it sends to pub1",
                "  fault drop publish to sub1 2      the next 2 PUBLISH packets to sub1 are lost",
                "  fault drop puback in sub1         the next PUBACK sub1 sends in is lost (`in` = from, `out` = to)",
                "  fault delay pubrel from pub1 3    PUBREL from pub1 is held 3 seconds",
                "  fault duplicate publish from pub1  pub1's next PUBLISH reaches the broker twice (QoS 1 vs 2)",
                "  fault cut sub1                    cut sub1's connection now (its will fires)",
                "  fault cut sub1 after pubrec       cut it right after the next PUBREC it sends",
                "  fault list", "  fault clear"})
public final class FaultCommand implements Runnable, UsageLine {
    private final ShellContext ctx;

    /** A word that names no fault: said in the lab's words, as before the faults were subcommands. */
    @Parameters(arity = "0..*", hidden = true)
    List<String> unknown = new ArrayList<>();

    public FaultCommand(ShellContext ctx) { this.ctx = ctx; }

    @Override
    public void run() {
        ctx.broker("fault");
        throw new ShellException(ctx.t("shell.fault.what"));
    }

    @Override
    public String usageLine(String subcommand, List<String> words) {
        return switch (subcommand) {
            case "drop" -> "fault: " + ctx.t("shell.fault.usage.drop");
            case "delay" -> "fault: " + ctx.t("shell.fault.usage.delay");
            case "duplicate" -> "fault: " + ctx.t("shell.fault.usage.duplicate");
            case "cut" -> ctx.t("shell.fault.usage.cut");
            default -> ctx.t("shell.fault.what");
        };
    }

    @Command(name = "list", description = "The faults waiting to happen.")
    void list() { list(ctx.broker("fault")); }

    @Command(name = "clear", description = "Forget every fault still waiting.")
    void clear() {
        ctx.broker("fault").faults().clear();
        ctx.println(ctx.t("shell.fault.cleared"));
    }

    @Command(name = "drop", description = "Lose the next packets of a type on their way to or from a client.")
    void drop(@Mixin PacketWords w,
              @Parameters(descriptionKey = "COUNT[3]", index = "3", arity = "0..1", paramLabel = "${bundle:label.count:-COUNT}", description = "how many (default 1)") String count) {
        packetFault(ctx.broker("fault"), Fault.Kind.DROP, w, count);
    }

    @Command(name = "delay", description = "Hold the next packet of a type on its way to or from a client for some seconds.")
    void delay(@Mixin PacketWords w,
               @Parameters(descriptionKey = "SECONDS[3]", index = "3", arity = "0..1", paramLabel = "${bundle:label.seconds:-SECONDS}", description = "how long (default 1)") String seconds) {
        packetFault(ctx.broker("fault"), Fault.Kind.DELAY, w, seconds);
    }

    @Command(name = "duplicate", aliases = "dup", description = "Send the next packets of a type twice on their way to or from a client.")
    void duplicate(@Mixin PacketWords w,
                   @Parameters(descriptionKey = "COUNT[3]", index = "3", arity = "0..1", paramLabel = "${bundle:label.count:-COUNT}", description = "how many (default 1)") String count) {
        packetFault(ctx.broker("fault"), Fault.Kind.DUPLICATE, w, count);
    }

    /** The words drop, delay and duplicate start with: which packet, which way, which client. */
    static final class PacketWords {
        @Parameters(descriptionKey = "PACKET[0]", index = "0", paramLabel = "${bundle:label.packet:-PACKET}", completionCandidates = Packets.class, description = "the packet type: `publish`, `puback`, `pubrec`, `pubrel`, `pubcomp`…")
        String type;

        @Parameters(index = "1", paramLabel = "to|from", completionCandidates = Ways.class, description = "to the client (also out) or from it (also in)")
        String way;

        @Parameters(descriptionKey = "CLIENT[2]", index = "2", paramLabel = "${bundle:label.client:-CLIENT}", description = "the client id, or * for anyone")
        String client;
    }

    @Command(name = "cut", description = "Cut a client's connection now, or right after the next packet of a type it sends.")
    void cut(@Parameters(descriptionKey = "CLIENT[0]", index = "0", paramLabel = "${bundle:label.client:-CLIENT}", description = "the client id") String client,
             @Parameters(descriptionKey = "after PACKET[1..2]", index = "1..2", arity = "0..2", paramLabel = "${bundle:label.after.packet:-after PACKET}", description = "after the next packet of this type it sends") List<String> after) {
        BrokerView b = ctx.broker("fault");
        if (after != null && after.size() == 2 && after.get(0).equalsIgnoreCase("after")) {
            PacketType type = type(after.get(1));
            b.faults().add(Fault.cutAfter(client, type, Direction.IN));
            ctx.println(ctx.t("shell.fault.cut.after", client, type));
            return;
        }
        boolean done = b.cut(client);
        ctx.println(ctx.t(done ? "shell.fault.cut.now" : "shell.fault.no.client", client));
    }

    /** The packet types a fault is usually about, for completion (any type is accepted). */
    static final class Packets implements Iterable<String> {
        @Override public java.util.Iterator<String> iterator() { return List.of("publish", "puback", "pubrec", "pubrel", "pubcomp").iterator(); }
    }

    static final class Ways implements Iterable<String> {
        @Override public java.util.Iterator<String> iterator() { return List.of("to", "from").iterator(); }
    }

    private void packetFault(BrokerView b, Fault.Kind kind, PacketWords w, String number) {
        String client = w.client;
        String usage = ctx.t(switch (kind) {
            case DROP -> "shell.fault.usage.drop";
            case DELAY -> "shell.fault.usage.delay";
            default -> "shell.fault.usage.duplicate";
        });
        PacketType type = type(w.type);
        Direction dir = switch (w.way.toLowerCase(Locale.ROOT)) {
            case "to", "out" -> Direction.OUT;   // `out`/`in`: as the broker sees the packet
            case "from", "in" -> Direction.IN;
            default -> throw new ShellException(ctx.t("shell.fault.way", usage));
        };
        double n = number != null ? number(number) : 1;
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
