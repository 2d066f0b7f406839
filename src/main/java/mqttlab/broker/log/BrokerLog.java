package mqttlab.broker.log;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import mqttlab.text.OutsideText;

/**
 * The broker's log, formatted as mosquitto's: {@code <unix seconds>: <message>}, or the time through
 * {@code log_timestamp_format} (strftime, local time), or no time with {@code log_timestamp false}.
 * Call sites pass mosquitto's own format strings already filled in, so the lines match `mosquitto -v`.
 * Lines at a level in {@code log_type} go to each {@code log_dest}: stdout, stderr, a file (appended,
 * flushed per line) and the topic sink ({@code $SYS/broker/log/E|W|N|I}, {@code M/subscribe},
 * {@code M/unsubscribe}, {@code WS}; never DEBUG lines, as in mosquitto). Listeners (the shell's
 * `log on`) see every line at every level, whatever log_type says. Thread-safe; lines keep one order.
 */
public final class BrokerLog {
    /** The logging options in force; replaced as a whole by {@link #reconfigure} (SIGHUP). */
    private volatile Settings settings;
    private final Clock clock;
    private final List<Consumer<String>> listeners = new CopyOnWriteArrayList<>();
    private final Object lock = new Object();
    private final ThreadLocal<Boolean> inTopicSink = ThreadLocal.withInitial(() -> false);
    private volatile BiConsumer<String, String> topicSink;
    private long cachedSecond = Long.MIN_VALUE;
    private String cachedStamp = "";

    /** Opens the configured destinations; a log file that cannot be opened stops the broker from starting. */
    public BrokerLog(LogSettings settings, Clock clock) {
        this(settings.levels(), settings.destinations(), settings.timestamp(), settings.timestampFormat(), clock);
    }

    private BrokerLog(Set<LogLevel> levels, List<LogDestination> destinations, boolean timestamp, String format, Clock clock) {
        this.clock = clock;
        this.settings = Settings.open(levels, destinations, timestamp, format);
    }

    /**
     * What log_type, log_dest, log_timestamp and log_timestamp_format say, with the files they name
     * open. {@code levels} is an EnumSet: isEnabled is on every packet's path, and a bit test is
     * cheaper than Set.of's probe.
     */
    private record Settings(Set<LogLevel> levels, List<LogDestination> destinations, boolean timestamp, String timestampFormat,
                            List<Writer> files, boolean topicDestination) {
        static Settings open(Set<LogLevel> levels, List<LogDestination> destinations, boolean timestamp, String format) {
            List<Writer> files = new ArrayList<>();
            boolean topic = false;
            for (LogDestination d : destinations) {
                if (d.kind() == LogDestination.Kind.TOPIC) topic = true;
                if (d.kind() == LogDestination.Kind.FILE) files.add(BrokerLog.open(d));
            }
            return new Settings(levels.isEmpty() ? EnumSet.noneOf(LogLevel.class) : EnumSet.copyOf(levels), List.copyOf(destinations),
                    timestamp, format, files, topic);
        }

        void closeFiles() {
            for (Writer w : files) {
                try {
                    w.close();
                } catch (IOException ignored) {
                    // nothing more to do
                }
            }
            files.clear();
        }
    }

    /**
     * A reload (SIGHUP): closes the log files and opens what {@code config} names, as mosquitto's
     * log__close / log__init do (so a rotated log file is reopened). A file that cannot be opened
     * throws and leaves the current settings in force.
     */
    public void reconfigure(LogSettings config) {
        Settings next = Settings.open(config.levels(), config.destinations(), config.timestamp(), config.timestampFormat());
        synchronized (lock) {
            Settings old = settings;
            settings = next;
            cachedSecond = Long.MIN_VALUE;
            old.closeFiles();
        }
    }

    /** A log that writes nowhere but to its listeners. */
    public static BrokerLog silent() {
        return new BrokerLog(Set.of(), List.of(), true, null, Clock.systemUTC());
    }

    static Writer open(LogDestination d) {
        try {
            return new BufferedWriter(Files.newBufferedWriter(d.file(), StandardCharsets.UTF_8,
                    StandardOpenOption.CREATE, StandardOpenOption.APPEND, StandardOpenOption.WRITE));
        } catch (IOException e) {
            throw new LogFileException(mqttlab.text.Text.t("broker.start.log.file", d.file()), e);
        }
    }

    public boolean isEnabled(LogLevel level) {
        return settings.levels().contains(level) || !listeners.isEmpty();
    }

    /** True when log_dest topic is configured: the broker should then call {@link #setTopicSink}. */
    public boolean hasTopicDestination() { return settings.topicDestination(); }

    /**
     * Connects log_dest topic: {@code sink.accept(topic, line)} publishes the line on the topic. Called
     * outside the log's lock; lines the sink itself logs are not sent to it again.
     */
    public void setTopicSink(BiConsumer<String, String> sink) { this.topicSink = sink; }

    public void log(LogLevel level, String message) {
        Settings now = settings;
        boolean enabled = now.levels().contains(level);
        if (!enabled && listeners.isEmpty()) return;
        String line;
        boolean topicDestination;
        synchronized (lock) {
            now = settings; // a reload may have swapped them meanwhile; write under the lock with what is in force
            enabled = now.levels().contains(level);
            topicDestination = now.topicDestination();
            line = now.timestamp() ? stamp(now.timestampFormat()) + ": " + message : message;
            if (enabled) write(now, line);
            for (Consumer<String> l : listeners) l.accept(line);
        }
        BiConsumer<String, String> sink = topicSink;
        if (enabled && topicDestination && sink != null && level != LogLevel.DEBUG && !inTopicSink.get()) {
            inTopicSink.set(true);
            try {
                sink.accept(topicOf(level), line);
            } finally {
                inTopicSink.set(false);
            }
        }
    }

    /** mosquitto's topic for a level (src/logging.c). */
    public static String topicOf(LogLevel level) {
        return switch (level) {
            case SUBSCRIBE -> "$SYS/broker/log/M/subscribe";
            case UNSUBSCRIBE -> "$SYS/broker/log/M/unsubscribe";
            case WEBSOCKETS -> "$SYS/broker/log/WS";
            default -> "$SYS/broker/log/" + level.topicLetter();
        };
    }

    private String stamp(String timestampFormat) {
        long millis = clock.millis();
        long second = Math.floorDiv(millis, 1000);
        if (timestampFormat == null) return Long.toString(second);
        if (second != cachedSecond) {
            cachedSecond = second;
            cachedStamp = Strftime.format(timestampFormat, Instant.ofEpochMilli(millis).atZone(clock.getZone()));
        }
        return cachedStamp;
    }

    private static void write(Settings now, String message) {
        // the line quotes what clients sent (user names, client ids, filters): on a terminal or in a file it must not
        // drive the terminal, nor forge a line of its own (mosquitto writes them raw); listeners and $SYS/broker/log get it as it is
        String line = OutsideText.logLine(message);
        for (LogDestination d : now.destinations()) {
            switch (d.kind()) {
                case STDOUT -> System.out.println(line);
                case STDERR -> System.err.println(line);
                default -> { }
            }
        }
        for (Writer w : now.files()) {
            try {
                w.write(line);
                w.write('\n');
                w.flush();
            } catch (IOException e) {
                // A full disk must not stop the broker; mosquitto ignores write errors too.
            }
        }
    }

    /** Adds a listener for every line; close the result to remove it. */
    public AutoCloseable addListener(Consumer<String> listener) {
        listeners.add(listener);
        return () -> listeners.remove(listener);
    }

    /** Closes log files; later lines still reach stdout/stderr and listeners. */
    public void close() {
        synchronized (lock) {
            settings.closeFiles();
        }
    }
}
