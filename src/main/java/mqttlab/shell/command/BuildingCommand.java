package mqttlab.shell.command;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import mqttlab.building.Building;
import mqttlab.building.BuildingStartException;
import mqttlab.shell.ShellContext;
import mqttlab.shell.ShellException;
import mqttlab.shell.building.BuildingLive;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

@Command(name = "building", description = "The simulated building: a live view, or control its clock, weather, rooms, controller and sensors.",
        footerHeading = "%nExamples:%n",
        footer = {"  building                     live view: a row per room, until a key is pressed",
                "  building speed 60            a simulated minute per real second",
                "  building pause | resume | reset",
                "  building outside 35          hold the outside at 35 °C",
                "  building outside curve       back to the daily curve",
                "  building set 125 30          room 125 at 30 °C now, to provoke a case",
                "  building controller on       the lecture's management application decides the A/C",
                "  building unplug 125 sensor1  cut a sensor's connection: its will says offline",
                "  building plug 125 sensor1    plug it back in"})
public final class BuildingCommand implements Runnable {
    private final ShellContext ctx;

    @Parameters(arity = "0..*", paramLabel = "ACTION", description = "pause, resume, speed N, outside T|curve, reset, set ROOM TEMP, "
            + "controller on|off, unplug ROOM SENSOR, plug ROOM SENSOR; none: the live view")
    List<String> args = new ArrayList<>();

    public BuildingCommand(ShellContext ctx) { this.ctx = ctx; }

    @Override
    public void run() {
        if (ctx.building() == null) throw new ShellException(ctx.t("shell.building.off"));
        Building b = ctx.building().building();
        if (args.isEmpty()) {
            new BuildingLive(ctx, b).show();
            return;
        }
        String action = args.get(0).toLowerCase(Locale.ROOT);
        try {
            switch (action) {
                case "pause" -> { b.pause(); say("shell.building.paused", time(b)); }
                case "resume" -> { b.resume(); say("shell.building.resumed", time(b)); }
                case "reset" -> { b.reset(); say("shell.building.reset", time(b)); }
                case "speed" -> { double s = number(1, "speed N"); b.speed(s); say("shell.building.speed", plain(s), plain(s)); }
                case "outside" -> outside(b);
                case "set" -> {
                    double t = number(2, "set ROOM TEMP");
                    b.set(args.get(1), t);
                    say("shell.building.set", args.get(1), plain(t));
                }
                case "controller" -> controller(b);
                case "unplug" -> unplug(b);
                case "plug" -> {
                    need(3, "plug ROOM SENSOR");
                    b.plug(args.get(1), sensor(args.get(2)));
                    say("shell.building.plugged", args.get(1), sensor(args.get(2)));
                }
                default -> throw new ShellException(ctx.t("shell.building.usage", args.get(0)));
            }
        } catch (IllegalArgumentException | BuildingStartException e) {
            throw new ShellException("building: " + e.getMessage());
        }
    }

    private void outside(Building b) {
        need(2, "outside T");
        if (args.get(1).equalsIgnoreCase("curve")) {
            b.outsideCurve();
            say("shell.building.outside.curve");
            return;
        }
        double t = number(1, "outside T");
        b.outside(t);
        say("shell.building.outside", plain(t));
    }

    private void controller(Building b) {
        need(2, "controller on|off");
        boolean on = switch (args.get(1).toLowerCase(Locale.ROOT)) {
            case "on" -> true;
            case "off" -> false;
            default -> throw new ShellException(ctx.t("shell.building.usage", String.join(" ", args)));
        };
        b.controller(on);
        say(on ? "shell.building.controller.on" : "shell.building.controller.off");
    }

    /** Unplugging cuts the sensor's connection at the broker, so its will fires: that needs the embedded broker. */
    private void unplug(Building b) {
        need(3, "unplug ROOM SENSOR");
        var broker = ctx.broker("building unplug");
        String id = b.unplug(args.get(1), sensor(args.get(2)));
        broker.cut(id);
        say("shell.building.unplugged", id, b.config().topics().status(args.get(1), sensor(args.get(2))));
    }

    /** {@code 1} or {@code sensor1}. */
    private static String sensor(String s) {
        return s.chars().allMatch(Character::isDigit) ? "sensor" + s : s;
    }

    private void need(int n, String usage) {
        if (args.size() < n) throw new ShellException(ctx.t("shell.building.needs", usage));
    }

    private double number(int index, String usage) {
        need(index + 1, usage);
        try {
            return Double.parseDouble(args.get(index));
        } catch (NumberFormatException e) {
            throw new ShellException(ctx.t("shell.building.not.a.number", args.get(index), usage));
        }
    }

    private static String time(Building b) { return b.snapshot().timeOfDay().withNano(0).toString(); }

    private static String plain(double v) { return v == Math.rint(v) ? String.valueOf((long) v) : String.valueOf(v); }

    private void say(String m, Object... a) { ctx.println(ctx.t(m, a)); }
}
