package mqttlab.broker.config;

import mqttlab.text.Phrase;
import java.util.ArrayList;
import mqttlab.broker.log.LogDestination;

/**
 * {@code log_dest stdout|stderr|topic|file PATH|none}. The first log_dest line replaces the default
 * (stderr); later ones add to it, as in mosquitto. {@code syslog} and {@code dlt} are accepted with a
 * warning and ignored: the lab has neither, and a class's copied mosquitto.conf should still load.
 */
final class LogDestOption {
    private LogDestOption() { }

    static void apply(ConfigState s, ConfigLine l) throws ConfigException {
        if (l.args().isEmpty()) throw l.error("config.missing.arg", "log_dest");
        if (s.logDestinations == null) s.logDestinations = new ArrayList<>();
        String kind = l.args().get(0);
        switch (kind) {
            case "stdout" -> add(s, l, LogDestination.stdout());
            case "stderr" -> add(s, l, LogDestination.stderr());
            case "topic" -> add(s, l, LogDestination.topic());
            case "none" -> { l.expectArgs(1, 1); s.logDestinations.clear(); }
            case "file" -> {
                String path = l.rest().substring(kind.length()).strip();
                if (path.isEmpty()) throw l.error("config.log.dest.file");
                s.logDestinations.add(LogDestination.file(l.resolve(path)));
            }
            case "syslog", "dlt" -> {
                l.expectArgs(1, 1);
                s.warnings.add(new Phrase("config.warn.log.dest", l.file(), l.number(), kind));
            }
            default -> throw l.error("config.log.dest", kind);
        }
    }

    private static void add(ConfigState s, ConfigLine l, LogDestination d) throws ConfigException {
        l.expectArgs(1, 1);
        if (!s.logDestinations.contains(d)) s.logDestinations.add(d);
    }
}
