package mqttlab.broker.config;

import java.nio.file.Path;
import java.util.List;

/**
 * One option line of a mosquitto.conf-syntax file, split into the option and its arguments, with
 * the typed readers the options need. Every reader throws a {@link ConfigException} naming the
 * file and line, so a bad value is reported exactly where it is.
 */
record ConfigLine(String file, int number, String option, List<String> args, String rest, Path baseDir) {

    static ConfigLine of(String file, int number, String text, Path baseDir) {
        String trimmed = text.strip();
        String[] parts = trimmed.split("\\s+", 2);
        String rest = parts.length > 1 ? parts[1].strip() : "";
        List<String> args = rest.isEmpty() ? List.of() : List.of(rest.split("\\s+"));
        return new ConfigLine(file, number, parts[0], args, rest, baseDir);
    }

    /** The problem {@code key} (a catalogue sentence) at this line. */
    ConfigException error(String key, Object... args) {
        return new ConfigException(file, number, key, args);
    }

    /** Checks the argument count: a missing argument or an extra one (e.g. a trailing comment) is an error. */
    void expectArgs(int min, int max) throws ConfigException {
        if (args.size() < min) throw error("config.missing.arg", option);
        if (args.size() > max) {
            String extra = args.get(max);
            throw error(extra.startsWith("#") ? "config.extra.comment" : "config.extra.arg", extra, option);
        }
    }

    long longArg(long min, long max) throws ConfigException {
        expectArgs(1, 1);
        return longAt(0, min, max);
    }

    /** The argument at {@code index} as a whole number in [min, max]. */
    long longAt(int index, long min, long max) throws ConfigException {
        String s = args.get(index);
        long v;
        try {
            v = Long.parseLong(s);
        } catch (NumberFormatException e) {
            throw error("config.not.whole", s, option);
        }
        if (v < min || v > max) throw error("config.range", option, min, max, v);
        return v;
    }

    int intArg(int min, int max) throws ConfigException {
        return (int) longArg(min, max);
    }

    int intAt(int index, int min, int max) throws ConfigException {
        return (int) longAt(index, min, max);
    }

    boolean boolArg() throws ConfigException {
        expectArgs(1, 1);
        return switch (args.get(0)) {
            case "true" -> true;
            case "false" -> false;
            default -> throw error("config.bool", option, args.get(0));
        };
    }

    /** The rest of the line as one string (it may contain spaces, as in mosquitto). */
    String stringArg() throws ConfigException {
        if (rest.isEmpty()) throw error("config.missing.arg", option);
        return rest;
    }

    /** The rest of the line as a path; a relative path is resolved against the config file's folder. */
    Path pathArg() throws ConfigException {
        return resolve(stringArg());
    }

    Path resolve(String path) {
        Path p = Path.of(path);
        return p.isAbsolute() || baseDir == null ? p.normalize() : baseDir.resolve(p).normalize();
    }
}
