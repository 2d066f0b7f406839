package mqttlab.broker.config;

import mqttlab.text.Phrase;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import mqttlab.broker.log.LogDestination;
import mqttlab.broker.log.LogLevel;
import mqttlab.broker.log.LogSettings;

/**
 * Everything the broker needs to start, with mosquitto's defaults. Built by {@code ConfigParser}
 * from a mosquitto.conf-syntax file, or in code ({@link #defaults()} and the withers).
 * {@code listeners} empty means local-only mode: 127.0.0.1 on {@code defaultPort}, or on each of
 * {@code localPorts} (mosquitto's {@code -p}, see {@link #withPortOption}). {@code warnings} are
 * non-fatal notes from the parser (an option the lab ignores); the broker logs them at start.
 */
public record BrokerConfig(
        Path source,
        List<Listener> listeners,
        int defaultPort,
        boolean perListenerSettings,
        Security security,
        boolean persistence,
        Path persistenceLocation,
        String persistenceFile,
        int autosaveIntervalSeconds,
        int maxQueuedMessages,
        long maxQueuedBytes,
        boolean queueQos0Messages,
        long backpressureTimeoutMillis,
        int maxInflightMessages,
        long maxInflightBytes,
        long maxPacketSize,
        long messageSizeLimit,
        int maxKeepalive,
        int maxConnections,
        boolean retainAvailable,
        boolean allowZeroLengthClientId,
        int sysIntervalSeconds,
        Set<LogLevel> logTypes,
        List<LogDestination> logDestinations,
        boolean connectionMessages,
        boolean logTimestamp,
        String logTimestampFormat,
        boolean verbose,
        List<Integer> localPorts,
        List<Phrase> warnings) {

    /**
     * How long a connected subscriber whose queue is full may hold its publishers back while it
     * makes no progress; after that mosquitto's drop rules apply to it (lab option
     * {@code backpressure_timeout}, seconds).
     */
    public static final long DEFAULT_BACKPRESSURE_TIMEOUT_MILLIS = 2000;

    public BrokerConfig {
        listeners = List.copyOf(listeners);
        logTypes = logTypes.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(logTypes));
        logDestinations = List.copyOf(logDestinations);
        if (security == null) security = Security.UNSET;
        localPorts = localPorts == null ? List.of() : List.copyOf(localPorts);
        warnings = warnings == null ? List.of() : List.copyOf(warnings);
    }

    /** mosquitto 2.0's defaults: local only on 1883, no persistence, log to stderr at error/warning/notice/information. */
    public static BrokerConfig defaults() {
        return new BrokerConfig(null, List.of(), 1883, false, Security.UNSET, false, null, "mosquitto.db", 1800,
                1000, 0, false, DEFAULT_BACKPRESSURE_TIMEOUT_MILLIS, 20, 0, 0, 0, 65535, -1, true, true, 10,
                EnumSet.of(LogLevel.ERROR, LogLevel.WARNING, LogLevel.NOTICE, LogLevel.INFORMATION),
                List.of(LogDestination.stderr()), true, true, null, false, List.of(), List.of());
    }

    /**
     * The packet size cap when {@code max_packet_size} is 0: mosquitto then takes packets up to
     * MQTT's own limit (256 MiB), which lets one client make the broker buffer that much; the lab
     * caps at 16 MiB and says so (v5 CONNACK Maximum Packet Size).
     */
    public static final long DEFAULT_PACKET_CAP = 16L * 1024 * 1024;

    /** The largest packet the broker reads: max_packet_size, or {@link #DEFAULT_PACKET_CAP} when that is 0. */
    /**
     * The server's Receive Maximum (5.0 3.2.2.3.3): max_inflight_messages, as mosquitto announces it
     * (20 by default; 0 means no limit, which the property's absence says: 65,535).
     */
    public int receiveMaximum() {
        return maxInflightMessages > 0 && maxInflightMessages < 65535 ? maxInflightMessages : 65535;
    }

    /** What the log needs of this configuration. */
    public LogSettings logSettings() {
        return new LogSettings(logTypes, logDestinations, logTimestamp, logTimestampFormat);
    }

    public long effectiveMaxPacketSize() {
        return maxPacketSize > 0 ? maxPacketSize : DEFAULT_PACKET_CAP;
    }

    /** True when no listener is configured: mosquitto 2.0's local-only mode. */
    public boolean localOnly() { return listeners.isEmpty(); }

    /** The listeners to open: the configured ones, or 127.0.0.1:defaultPort in local-only mode. */
    public List<Listener> effectiveListeners() {
        if (!localOnly()) return listeners;
        if (localPorts.isEmpty()) return List.of(new Listener(defaultPort, "127.0.0.1"));
        return localPorts.stream().map(p -> new Listener(p, "127.0.0.1")).toList();
    }

    /**
     * mosquitto's {@code -p PORT} (repeatable): when the file defines no listener, the broker stays in
     * local-only mode and listens on 127.0.0.1 on each port; when the file defines a listener,
     * {@code -p} is ignored (and a warning says so).
     */
    public BrokerConfig withPortOption(List<Integer> ports) {
        if (ports.isEmpty()) return this;
        if (!localOnly()) {
            List<Phrase> w = new java.util.ArrayList<>(warnings);
            w.add(new Phrase("config.warn.port.ignored"));
            return new BrokerConfig(source, listeners, defaultPort, perListenerSettings, security, persistence,
                    persistenceLocation, persistenceFile, autosaveIntervalSeconds, maxQueuedMessages, maxQueuedBytes, queueQos0Messages, backpressureTimeoutMillis,
                    maxInflightMessages, maxInflightBytes, maxPacketSize, messageSizeLimit, maxKeepalive, maxConnections, retainAvailable,
                    allowZeroLengthClientId, sysIntervalSeconds, logTypes, logDestinations, connectionMessages,
                    logTimestamp, logTimestampFormat, verbose, localPorts, w);
        }
        for (int p : ports) {
            if (p < 0 || p > 65535) throw new IllegalArgumentException("port must be 0..65535, got " + p);
        }
        return new BrokerConfig(source, listeners, ports.get(0), perListenerSettings, security, persistence,
                persistenceLocation, persistenceFile, autosaveIntervalSeconds, maxQueuedMessages, maxQueuedBytes, queueQos0Messages, backpressureTimeoutMillis,
                maxInflightMessages, maxInflightBytes, maxPacketSize, messageSizeLimit, maxKeepalive, maxConnections, retainAvailable,
                allowZeroLengthClientId, sysIntervalSeconds, logTypes, logDestinations, connectionMessages,
                logTimestamp, logTimestampFormat, verbose, ports, warnings);
    }

    /** Whether anonymous clients are allowed under these settings (mosquitto 2.0 rules). */
    public boolean allowAnonymous(Security s) {
        Security eff = s != null ? s : security;
        if (eff.allowAnonymous() != null) return eff.allowAnonymous();
        return localOnly();
    }

    public BrokerConfig withListeners(List<Listener> l) {
        return new BrokerConfig(source, l, defaultPort, perListenerSettings, security, persistence, persistenceLocation,
                persistenceFile, autosaveIntervalSeconds, maxQueuedMessages, maxQueuedBytes, queueQos0Messages, backpressureTimeoutMillis, maxInflightMessages, maxInflightBytes,
                maxPacketSize, messageSizeLimit, maxKeepalive, maxConnections, retainAvailable, allowZeroLengthClientId,
                sysIntervalSeconds, logTypes, logDestinations, connectionMessages, logTimestamp, logTimestampFormat, verbose, localPorts, warnings);
    }

    public BrokerConfig withDefaultPort(int port) {
        return new BrokerConfig(source, listeners, port, perListenerSettings, security, persistence, persistenceLocation,
                persistenceFile, autosaveIntervalSeconds, maxQueuedMessages, maxQueuedBytes, queueQos0Messages, backpressureTimeoutMillis, maxInflightMessages, maxInflightBytes,
                maxPacketSize, messageSizeLimit, maxKeepalive, maxConnections, retainAvailable, allowZeroLengthClientId,
                sysIntervalSeconds, logTypes, logDestinations, connectionMessages, logTimestamp, logTimestampFormat, verbose, localPorts, warnings);
    }

    /** The same settings, logging only to in-process listeners (the shell's `log on`). */
    public BrokerConfig withoutLogDestinations() {
        return new BrokerConfig(source, listeners, defaultPort, perListenerSettings, security, persistence, persistenceLocation,
                persistenceFile, autosaveIntervalSeconds, maxQueuedMessages, maxQueuedBytes, queueQos0Messages, backpressureTimeoutMillis, maxInflightMessages, maxInflightBytes,
                maxPacketSize, messageSizeLimit, maxKeepalive, maxConnections, retainAvailable, allowZeroLengthClientId,
                sysIntervalSeconds, logTypes, List.of(), connectionMessages, logTimestamp, logTimestampFormat, verbose, localPorts, warnings);
    }

    /** -v: the same as log_type all, overriding the file's logging options. */
    public BrokerConfig withVerbose(boolean v) {
        return new BrokerConfig(source, listeners, defaultPort, perListenerSettings, security, persistence, persistenceLocation,
                persistenceFile, autosaveIntervalSeconds, maxQueuedMessages, maxQueuedBytes, queueQos0Messages, backpressureTimeoutMillis, maxInflightMessages, maxInflightBytes,
                maxPacketSize, messageSizeLimit, maxKeepalive, maxConnections, retainAvailable, allowZeroLengthClientId,
                sysIntervalSeconds, v ? EnumSet.allOf(LogLevel.class) : logTypes, logDestinations, connectionMessages,
                logTimestamp, logTimestampFormat, v, localPorts, warnings);
    }
}
