package mqttlab.building;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads a building file: one {@code key = value} a line, {@code #} comments, every key optional
 * (missing ones keep {@link BuildingConfig#defaults()}). Keys: {@value #KEYS_HELP}.
 * Durations are {@code 5s}, {@code 2m}, {@code 1h} or plain seconds; times of day {@code 15:00}.
 */
public final class BuildingConfigParser {

    static final String KEYS_HELP = "rooms, sensors, period, seed, topic.prefix, start, initial, history, history.every, "
            + "outside.min, outside.max, outside.peak, physics.loss-rate, physics.gain, physics.gain-spread, "
            + "physics.ac-power, physics.noise, sensor.offset, sensor.noise, comfort.min, comfort.max, "
            + "controller.on-above, controller.off-below";
    private static final Set<String> KEYS = Set.copyOf(Arrays.asList(KEYS_HELP.split(", ")));

    private BuildingConfigParser() {}

    /** The example file with every key and its default, as shipped ({@code building.conf}). */
    public static String example() {
        try (var in = BuildingConfigParser.class.getResourceAsStream("building.conf")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException | NullPointerException e) {
            throw new IllegalStateException("the example building.conf is missing from the jar", e);
        }
    }

    /** {@code home/building.conf} when it exists (the lab's home: MQTTLAB_HOME or ~/.mqttlab), else the defaults. */
    public static BuildingConfig loadOrDefault(Path home) {
        Path file = home.resolve("building.conf");
        return Files.isRegularFile(file) ? parse(file) : BuildingConfig.defaults();
    }

    public static BuildingConfig parse(Path file) {
        try {
            return parse(Files.readAllLines(file, StandardCharsets.UTF_8), file.getFileName().toString());
        } catch (IOException e) {
            throw new BuildingConfigException("building.conf.unreadable", file, mqttlab.broker.config.ConfigParser.reason(e));
        }
    }

    public static BuildingConfig parse(List<String> lines, String source) {
        Map<String, String> values = new HashMap<>();
        Map<String, Integer> lineOf = new HashMap<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty() || line.startsWith("#")) continue;
            int eq = line.indexOf('=');
            if (eq < 0) throw new BuildingConfigException("building.conf.no.equals", source, i + 1, line);
            String key = line.substring(0, eq).strip();
            if (!KEYS.contains(key))
                throw new BuildingConfigException("building.conf.unknown.key", source, i + 1, key, KEYS_HELP);
            values.put(key, line.substring(eq + 1).strip());
            lineOf.put(key, i + 1);
        }
        Values v = new Values(values, lineOf, source);
        BuildingConfig d = BuildingConfig.defaults();
        try {
            return new BuildingConfig(
                    v.list("rooms", d.rooms()), v.integer("sensors", d.sensorsPerRoom()), v.duration("period", d.publishPeriod()),
                    new OutsideCurve(v.number("outside.min", d.outside().min()), v.number("outside.max", d.outside().max()),
                            v.time("outside.peak", d.outside().peak())),
                    new PhysicsConstants(v.number("physics.loss-rate", d.physics().lossRate()),
                            v.number("physics.gain", d.physics().internalGain()),
                            v.number("physics.gain-spread", d.physics().gainSpread()),
                            v.number("physics.ac-power", d.physics().acPower()), v.number("physics.noise", d.physics().noise()),
                            v.number("sensor.offset", d.physics().sensorOffset()), v.number("sensor.noise", d.physics().sensorNoise())),
                    v.longValue("seed", d.seed()), v.text("topic.prefix", d.topicPrefix()), v.time("start", d.startTime()),
                    v.number("initial", d.initialTemperature()),
                    new ComfortBand(v.number("comfort.min", d.comfort().min()), v.number("comfort.max", d.comfort().max())),
                    new HysteresisPolicy(v.number("controller.on-above", d.controller().onAbove()),
                            v.number("controller.off-below", d.controller().offBelow())),
                    v.integer("history", d.history()), v.duration("history.every", d.historyEvery()));
        } catch (BuildingConfigException e) {
            if (e.phrase().key().startsWith("building.conf.")) throw e;
            throw new BuildingConfigException("building.conf.in", source, e.phrase());
        } catch (IllegalArgumentException e) {
            throw new BuildingConfigException("building.conf.in", source, e.getMessage());
        }
    }

    private record Values(Map<String, String> values, Map<String, Integer> lineOf, String source) {

        String text(String key, String fallback) {
            return values.getOrDefault(key, fallback);
        }

        List<String> list(String key, List<String> fallback) {
            String raw = values.get(key);
            if (raw == null) return fallback;
            return Arrays.stream(raw.split("[,\\s]+")).filter(s -> !s.isEmpty()).toList();
        }

        double number(String key, double fallback) {
            return convert(key, fallback, Double::parseDouble, "building.conf.want.number");
        }

        int integer(String key, int fallback) {
            return convert(key, fallback, Integer::parseInt, "building.conf.want.whole");
        }

        long longValue(String key, long fallback) {
            return convert(key, fallback, Long::parseLong, "building.conf.want.whole");
        }

        LocalTime time(String key, LocalTime fallback) {
            return convert(key, fallback, LocalTime::parse, "building.conf.want.time");
        }

        Duration duration(String key, Duration fallback) {
            return convert(key, fallback, Values::parseDuration, "building.conf.want.duration");
        }

        private <T> T convert(String key, T fallback, java.util.function.Function<String, T> parser, String what) {
            String raw = values.get(key);
            if (raw == null) return fallback;
            try {
                return parser.apply(raw);
            } catch (NumberFormatException | DateTimeParseException e) {
                throw new BuildingConfigException(what, source, lineOf.get(key), key, raw);
            }
        }

        static Duration parseDuration(String raw) {
            String s = raw.toLowerCase();
            if (s.endsWith("ms")) return Duration.ofMillis(Long.parseLong(s.substring(0, s.length() - 2).strip()));
            if (s.endsWith("s")) return Duration.ofSeconds(Long.parseLong(s.substring(0, s.length() - 1).strip()));
            if (s.endsWith("m")) return Duration.ofMinutes(Long.parseLong(s.substring(0, s.length() - 1).strip()));
            if (s.endsWith("h")) return Duration.ofHours(Long.parseLong(s.substring(0, s.length() - 1).strip()));
            return Duration.ofSeconds(Long.parseLong(s));
        }
    }
}
