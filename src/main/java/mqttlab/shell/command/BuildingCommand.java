package mqttlab.shell.command;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import mqttlab.building.Building;
import mqttlab.building.BuildingStartException;
import mqttlab.shell.ShellContext;
import mqttlab.shell.ShellException;
import mqttlab.shell.UsageLine;
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
public final class BuildingCommand implements Runnable, UsageLine {
    private final ShellContext ctx;

    /** A word that names no action: said in the lab's words, as before the actions were subcommands. */
    @Parameters(arity = "0..*", hidden = true)
    List<String> unknown = new ArrayList<>();

    public BuildingCommand(ShellContext ctx) { this.ctx = ctx; }

    /** {@code building} alone: the live view. */
    @Override
    public void run() {
        Building b = building();
        if (!unknown.isEmpty()) throw new ShellException(ctx.t("shell.building.usage", unknown.get(0)));
        new BuildingLive(ctx, b).show();
    }

    @Override
    public String usageLine(String subcommand, List<String> words) {
        String usage = switch (subcommand) {
            case "speed" -> "speed N";
            case "outside" -> "outside T";
            case "set" -> "set ROOM TEMP";
            case "controller" -> "controller on|off";
            case "unplug" -> "unplug ROOM SENSOR";
            case "plug" -> "plug ROOM SENSOR";
            case "pause", "resume", "reset" -> subcommand;
            default -> null;
        };
        return usage == null ? ctx.t("shell.building.usage", words.isEmpty() ? "" : words.get(0)) : ctx.t("shell.building.needs", usage);
    }

    @Command(name = "pause", description = "Stop the simulated clock.")
    void pause() { act(b -> { b.pause(); say("shell.building.paused", time(b)); }); }

    @Command(name = "resume", description = "Start the simulated clock again.")
    void resume() { act(b -> { b.resume(); say("shell.building.resumed", time(b)); }); }

    @Command(name = "reset", description = "Back to the start: every room, the clock and the weather.")
    void reset() { act(b -> { b.reset(); say("shell.building.reset", time(b)); }); }

    @Command(name = "speed", description = "How many simulated seconds pass in a real second.")
    void speed(@Parameters(paramLabel = "N", description = "the factor, e.g. 60: a simulated minute per real second") String n) {
        act(b -> {
            double s = number(n, "speed N");
            b.speed(s);
            say("shell.building.speed", plain(s), plain(s));
        });
    }

    @Command(name = "outside", description = "Hold the outside temperature, or go back to the daily curve.")
    void outside(@Parameters(paramLabel = "T|curve", completionCandidates = Curve.class, description = "degrees Celsius, or curve") String t) {
        act(b -> {
            if (t.equalsIgnoreCase("curve")) {
                b.outsideCurve();
                say("shell.building.outside.curve");
                return;
            }
            double c = number(t, "outside T");
            b.outside(c);
            say("shell.building.outside", plain(c));
        });
    }

    @Command(name = "set", description = "Put a room at a temperature now, to provoke a case.")
    void set(@Parameters(descriptionKey = "ROOM[0]", index = "0", paramLabel = "${bundle:label.room:-ROOM}", description = "the room, e.g. 125") String room,
             @Parameters(descriptionKey = "TEMP[1]", index = "1", paramLabel = "${bundle:label.temp:-TEMP}", description = "degrees Celsius") String temp) {
        act(b -> {
            double t = number(temp, "set ROOM TEMP");
            b.set(room, t);
            say("shell.building.set", room, plain(t));
        });
    }

    @Command(name = "controller", description = "Let the lecture's management application decide the A/C, or stop it.")
    void controller(@Parameters(paramLabel = "on|off", completionCandidates = OnOff.class, description = "on or off") String state) {
        act(b -> {
            boolean on = switch (state.toLowerCase(Locale.ROOT)) {
                case "on" -> true;
                case "off" -> false;
                default -> throw new ShellException(ctx.t("shell.building.usage", "controller " + state));
            };
            b.controller(on);
            say(on ? "shell.building.controller.on" : "shell.building.controller.off");
        });
    }

    /** Unplugging cuts the sensor's connection at the broker, so its will fires: that needs the embedded broker. */
    @Command(name = "unplug", description = "Cut a sensor's connection: its will says offline.")
    void unplug(@Parameters(descriptionKey = "ROOM[0]", index = "0", paramLabel = "${bundle:label.room:-ROOM}", description = "the room, e.g. 125") String room,
                @Parameters(descriptionKey = "SENSOR[1]", index = "1", paramLabel = "${bundle:label.sensor:-SENSOR}", description = "the sensor: 1 or sensor1") String sensor) {
        act(b -> {
            var broker = ctx.broker("building unplug");
            String id = b.unplug(room, sensor(sensor));
            broker.cut(id);
            say("shell.building.unplugged", id, b.config().topics().status(room, sensor(sensor)));
        });
    }

    @Command(name = "plug", description = "Plug an unplugged sensor back in.")
    void plug(@Parameters(descriptionKey = "ROOM[0]", index = "0", paramLabel = "${bundle:label.room:-ROOM}", description = "the room, e.g. 125") String room,
              @Parameters(descriptionKey = "SENSOR[1]", index = "1", paramLabel = "${bundle:label.sensor:-SENSOR}", description = "the sensor: 1 or sensor1") String sensor) {
        act(b -> {
            b.plug(room, sensor(sensor));
            say("shell.building.plugged", room, sensor(sensor));
        });
    }

    static final class Curve implements Iterable<String> {
        @Override public java.util.Iterator<String> iterator() { return List.of("curve").iterator(); }
    }

    static final class OnOff implements Iterable<String> {
        @Override public java.util.Iterator<String> iterator() { return List.of("on", "off").iterator(); }
    }

    private Building building() {
        if (ctx.building() == null) throw new ShellException(ctx.t("shell.building.off"));
        return ctx.building().building();
    }

    /** Runs an action on the running building; what the building refuses is said in one line. */
    private void act(java.util.function.Consumer<Building> action) {
        Building b = building();
        try {
            action.accept(b);
        } catch (IllegalArgumentException | BuildingStartException e) {
            throw new ShellException("building: " + e.getMessage());
        }
    }

    /** {@code 1} or {@code sensor1}. */
    private static String sensor(String s) {
        return s.chars().allMatch(Character::isDigit) ? "sensor" + s : s;
    }

    private double number(String word, String usage) {
        try {
            return Double.parseDouble(word);
        } catch (NumberFormatException e) {
            throw new ShellException(ctx.t("shell.building.not.a.number", word, usage));
        }
    }

    private static String time(Building b) { return b.snapshot().timeOfDay().withNano(0).toString(); }

    private static String plain(double v) { return v == Math.rint(v) ? String.valueOf((long) v) : String.valueOf(v); }

    private void say(String m, Object... a) { ctx.println(ctx.t(m, a)); }
}
