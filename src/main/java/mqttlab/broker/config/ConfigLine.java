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

    ConfigException error(String problem) {
        return new ConfigException(file, number, problem);
    }

    /** Checks the argument count: a missing argument or an extra one (e.g. a trailing comment) is an error. */
    void expectArgs(int min, int max) throws ConfigException {
        if (args.size() < min) throw error("option '" + option + "' is missing its argument");
        if (args.size() > max) {
            String extra = args.get(max);
            String hint = extra.startsWith("#") ? " (comments must be on a line of their own)" : "";
            throw error("unexpected extra argument '" + extra + "' for option '" + option + "'" + hint);
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
            throw error("'" + s + "' is not a whole number (option '" + option + "')");
        }
        if (v < min || v > max) throw error("'" + option + "' must be between " + min + " and " + max + ", got " + v);
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
            default -> throw error("'" + option + "' must be true or false, got '" + args.get(0) + "'");
        };
    }

    /** The rest of the line as one string (it may contain spaces, as in mosquitto). */
    String stringArg() throws ConfigException {
        if (rest.isEmpty()) throw error("option '" + option + "' is missing its argument");
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
