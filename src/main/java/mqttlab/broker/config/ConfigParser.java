package mqttlab.broker.config;

import java.io.IOException;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import mqttlab.text.Phrase;

/**
 * Reads mosquitto.conf syntax into a {@link BrokerConfig}: one option per line, {@code #} starts a
 * comment line, blank lines are skipped. Relative paths (password_file, acl_file,
 * persistence_location, log_dest file, include_dir) resolve against the folder of the file they
 * appear in, so a config folder can be moved as a whole. {@code include_dir DIR} reads DIR's
 * {@code *.conf} files in name order, as mosquitto does. Any unknown or malformed line is a
 * {@link ConfigException} with the file name and line number.
 */
public final class ConfigParser {
    private static final int MAX_INCLUDE_DEPTH = 8;

    private ConfigParser() { }

    /** Parses a config file; its name in messages is the path as given. */
    public static BrokerConfig parse(Path file) throws ConfigException {
        ConfigState state = new ConfigState();
        state.source = file;
        readFile(state, file, 0);
        return state.build();
    }

    /** Parses config text; {@code name} is used in messages and its folder for relative paths (may be null). */
    public static BrokerConfig parse(String text, Path name) throws ConfigException {
        ConfigState state = new ConfigState();
        state.source = name;
        readText(state, text, name, 0);
        return state.build();
    }

    private static void readFile(ConfigState state, Path file, int depth) throws ConfigException {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (MalformedInputException e) {
            throw new ConfigException(file.toString(), 0, "config.not.utf8");
        } catch (IOException e) {
            throw new ConfigException(file.toString(), 0, "config.unreadable", reason(e));
        }
        readText(state, text, file, depth);
    }

    private static void readText(ConfigState state, String text, Path name, int depth) throws ConfigException {
        String fileName = name == null ? "<config>" : name.toString();
        Path base = name == null ? null : name.toAbsolutePath().getParent();
        if (text.startsWith("\uFEFF")) text = text.substring(1); // a byte-order mark some Windows editors add
        List<String> lines = text.lines().toList();
        for (int i = 0; i < lines.size(); i++) {
            String raw = lines.get(i).strip();
            if (raw.isEmpty() || raw.startsWith("#")) continue;
            ConfigLine line = ConfigLine.of(fileName, i + 1, raw, base);
            String option = line.option();
            if (option.equals("include_dir")) {
                include(state, line, depth);
                continue;
            }
            ConfigOptions.Handler h = ConfigOptions.HANDLERS.get(option);
            if (h != null) {
                h.apply(state, line);
            } else if (ConfigOptions.IGNORED.contains(option)) {
                state.warnings.add(new Phrase("config.warn.ignored", fileName, i + 1, option));
            } else if (ConfigOptions.REFUSED.contains(option)) {
                throw line.error("config.refused", option);
            } else {
                String near = DidYouMean.closest(option, ConfigOptions.allNames());
                throw near != null ? line.error("config.unknown.near", option, near) : line.error("config.unknown", option);
            }
        }
    }

    private static void include(ConfigState state, ConfigLine line, int depth) throws ConfigException {
        Path dir = line.pathArg();
        if (depth >= MAX_INCLUDE_DEPTH) throw line.error("config.include.deep");
        if (!Files.isDirectory(dir)) throw line.error("config.include.not.dir", dir);
        List<Path> files;
        try (Stream<Path> s = Files.list(dir)) {
            files = s.filter(p -> p.getFileName().toString().endsWith(".conf") && Files.isRegularFile(p)).sorted().toList();
        } catch (IOException e) {
            throw line.error("config.include.unreadable", dir, reason(e));
        }
        for (Path f : files) readFile(state, f, depth + 1);
    }

    /** Why a file could not be read, in words ("no such file"); the system's own words for anything else. */
    public static Object reason(IOException e) {
        return mqttlab.text.Cause.known(e).<Object>map(p -> p).orElseGet(() -> mqttlab.text.Cause.raw(e));
    }
}
