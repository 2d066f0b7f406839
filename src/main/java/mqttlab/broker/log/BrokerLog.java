package mqttlab.broker.log;

import java.io.PrintStream;
import java.time.Clock;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import mqttlab.broker.config.BrokerConfig;

/**
 * The broker's log, formatted as mosquitto's: {@code <unix seconds>: <message>}. Call sites pass
 * mosquitto's own format strings already filled in, so the lines match `mosquitto -v`.
 * Listeners (the shell's `log on`) see every line at every level, whatever log_type says.
 */
public final class BrokerLog {
    private final Set<LogLevel> levels;
    private final List<LogDestination> destinations;
    private final boolean timestamp;
    private final Clock clock;
    private final List<Consumer<String>> listeners = new CopyOnWriteArrayList<>();

    public BrokerLog(BrokerConfig config, Clock clock) {
        // an EnumSet: isEnabled is on every packet's path, and a bit test is cheaper than Set.of's probe
        this.levels = config.logTypes().isEmpty() ? EnumSet.noneOf(LogLevel.class) : EnumSet.copyOf(config.logTypes());
        this.destinations = config.logDestinations();
        this.timestamp = config.logTimestamp();
        this.clock = clock;
    }

    /** A log that writes nowhere but to its listeners. */
    public static BrokerLog silent() {
        return new BrokerLog(BrokerConfig.defaults().withVerbose(false), Clock.systemUTC(), true);
    }

    private BrokerLog(BrokerConfig config, Clock clock, boolean silent) {
        this.levels = EnumSet.noneOf(LogLevel.class);
        this.destinations = List.of();
        this.timestamp = config.logTimestamp();
        this.clock = clock;
    }

    public boolean isEnabled(LogLevel level) {
        return levels.contains(level) || !listeners.isEmpty();
    }

    public void log(LogLevel level, String message) {
        if (!isEnabled(level)) return; // nobody would see it: skip the timestamp and the string
        String line = timestamp ? (clock.millis() / 1000) + ": " + message : message;
        if (levels.contains(level)) {
            for (LogDestination d : destinations) {
                PrintStream out = switch (d.kind()) {
                    case STDOUT -> System.out;
                    case STDERR -> System.err;
                    default -> null;
                };
                if (out != null) out.println(line);
            }
        }
        for (Consumer<String> l : listeners) l.accept(line);
    }

    /** Adds a listener for every line; close the result to remove it. */
    public AutoCloseable addListener(Consumer<String> listener) {
        listeners.add(listener);
        return () -> listeners.remove(listener);
    }

    public void close() { }
}
