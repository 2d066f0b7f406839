package mqttlab.broker.config;

import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import mqttlab.broker.log.LogDestination;
import mqttlab.broker.log.LogLevel;

/**
 * Everything the broker needs to start, with mosquitto's defaults. Built by {@code ConfigParser}
 * from a mosquitto.conf-syntax file, or in code ({@link #defaults()} and the withers).
 * {@code listeners} empty means local-only mode: 127.0.0.1 on {@code defaultPort}.
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
        boolean queueQos0Messages,
        int maxInflightMessages,
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
        boolean verbose) {

    public BrokerConfig {
        listeners = List.copyOf(listeners);
        logTypes = logTypes.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(logTypes));
        logDestinations = List.copyOf(logDestinations);
        if (security == null) security = Security.UNSET;
    }

    /** mosquitto 2.0's defaults: local only on 1883, no persistence, log to stderr at error/warning/notice/information. */
    public static BrokerConfig defaults() {
        return new BrokerConfig(null, List.of(), 1883, false, Security.UNSET, false, null, "mosquitto.db", 1800,
                1000, false, 20, 0, 0, 65535, -1, true, true, 10,
                EnumSet.of(LogLevel.ERROR, LogLevel.WARNING, LogLevel.NOTICE, LogLevel.INFORMATION),
                List.of(LogDestination.stderr()), true, true, null, false);
    }

    /** True when no listener is configured: mosquitto 2.0's local-only mode. */
    public boolean localOnly() { return listeners.isEmpty(); }

    /** The listeners to open: the configured ones, or 127.0.0.1:defaultPort in local-only mode. */
    public List<Listener> effectiveListeners() {
        return localOnly() ? List.of(new Listener(defaultPort, "127.0.0.1")) : listeners;
    }

    /** Whether anonymous clients are allowed under these settings (mosquitto 2.0 rules). */
    public boolean allowAnonymous(Security s) {
        Security eff = s != null ? s : security;
        if (eff.allowAnonymous() != null) return eff.allowAnonymous();
        return localOnly();
    }

    public BrokerConfig withListeners(List<Listener> l) {
        return new BrokerConfig(source, l, defaultPort, perListenerSettings, security, persistence, persistenceLocation,
                persistenceFile, autosaveIntervalSeconds, maxQueuedMessages, queueQos0Messages, maxInflightMessages,
                maxPacketSize, messageSizeLimit, maxKeepalive, maxConnections, retainAvailable, allowZeroLengthClientId,
                sysIntervalSeconds, logTypes, logDestinations, connectionMessages, logTimestamp, logTimestampFormat, verbose);
    }

    public BrokerConfig withDefaultPort(int port) {
        return new BrokerConfig(source, listeners, port, perListenerSettings, security, persistence, persistenceLocation,
                persistenceFile, autosaveIntervalSeconds, maxQueuedMessages, queueQos0Messages, maxInflightMessages,
                maxPacketSize, messageSizeLimit, maxKeepalive, maxConnections, retainAvailable, allowZeroLengthClientId,
                sysIntervalSeconds, logTypes, logDestinations, connectionMessages, logTimestamp, logTimestampFormat, verbose);
    }

    /** -v: the same as log_type all, overriding the file's logging options. */
    public BrokerConfig withVerbose(boolean v) {
        return new BrokerConfig(source, listeners, defaultPort, perListenerSettings, security, persistence, persistenceLocation,
                persistenceFile, autosaveIntervalSeconds, maxQueuedMessages, queueQos0Messages, maxInflightMessages,
                maxPacketSize, messageSizeLimit, maxKeepalive, maxConnections, retainAvailable, allowZeroLengthClientId,
                sysIntervalSeconds, v ? EnumSet.allOf(LogLevel.class) : logTypes, logDestinations, connectionMessages,
                logTimestamp, logTimestampFormat, v);
    }
}
