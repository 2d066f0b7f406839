package mqttlab.broker.config;

import mqttlab.text.Phrase;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import mqttlab.broker.log.LogDestination;
import mqttlab.broker.log.LogLevel;

/** The parser's working state: what the lines so far have set. {@link #build()} makes the {@link BrokerConfig}. */
final class ConfigState {

    /** Security options as they are being set: globally, or for one listener. */
    static final class SecurityDraft {
        Boolean allowAnonymous;
        Path passwordFile;
        Path aclFile;

        Security build() { return new Security(allowAnonymous, passwordFile, aclFile); }
    }

    /** A listener as it is being set ({@code protocol} may follow the {@code listener} line). */
    static final class ListenerDraft {
        final int port;
        final String bindAddress;
        Listener.Protocol protocol = Listener.Protocol.MQTT;
        final SecurityDraft security = new SecurityDraft();

        ListenerDraft(int port, String bindAddress) {
            this.port = port;
            this.bindAddress = bindAddress;
        }
    }

    private final BrokerConfig d = BrokerConfig.defaults();
    Path source;
    final List<ListenerDraft> listeners = new ArrayList<>();
    ListenerDraft current;
    Integer defaultPort;
    String defaultBindAddress;
    Listener.Protocol defaultProtocol;
    final SecurityDraft global = new SecurityDraft();
    boolean perListenerSettings;
    boolean persistence = d.persistence();
    Path persistenceLocation;
    String persistenceFile = d.persistenceFile();
    int autosaveInterval = d.autosaveIntervalSeconds();
    int maxQueuedMessages = d.maxQueuedMessages();
    long maxQueuedBytes = d.maxQueuedBytes();
    long backpressureTimeoutMillis = d.backpressureTimeoutMillis();
    boolean queueQos0Messages = d.queueQos0Messages();
    int maxInflightMessages = d.maxInflightMessages();
    long maxInflightBytes = d.maxInflightBytes();
    long maxPacketSize = d.maxPacketSize();
    long messageSizeLimit = d.messageSizeLimit();
    int maxKeepalive = d.maxKeepalive();
    int maxConnections = d.maxConnections();
    boolean retainAvailable = d.retainAvailable();
    boolean allowZeroLengthClientId = d.allowZeroLengthClientId();
    int sysInterval = d.sysIntervalSeconds();
    EnumSet<LogLevel> logTypes;
    List<LogDestination> logDestinations;
    boolean connectionMessages = d.connectionMessages();
    boolean logTimestamp = d.logTimestamp();
    String logTimestampFormat;
    final List<Phrase> warnings = new ArrayList<>();

    /** Where allow_anonymous/password_file/acl_file go: the last listener with per_listener_settings, else global. */
    SecurityDraft security() {
        return perListenerSettings && current != null ? current.security : global;
    }

    /** The listener `protocol` applies to: the last `listener`, or the default one (`port`/`bind_address`). */
    void setProtocol(Listener.Protocol p) {
        if (current != null) current.protocol = p;
        else defaultProtocol = p;
    }

    BrokerConfig build() {
        List<Listener> out = new ArrayList<>();
        for (ListenerDraft l : listeners) {
            out.add(new Listener(l.port, l.bindAddress, l.protocol, perListenerSettings ? l.security.build() : null));
        }
        if (defaultPort != null || defaultBindAddress != null || defaultProtocol != null) {
            // mosquitto's "default listener", made by port/bind_address; it comes after the `listener` ones.
            out.add(new Listener(defaultPort != null ? defaultPort : 1883, defaultBindAddress,
                    defaultProtocol != null ? defaultProtocol : Listener.Protocol.MQTT,
                    perListenerSettings ? global.build() : null));
        }
        return new BrokerConfig(source, out, d.defaultPort(), perListenerSettings, global.build(), persistence,
                persistenceLocation, persistenceFile, autosaveInterval, maxQueuedMessages, maxQueuedBytes, queueQos0Messages, backpressureTimeoutMillis,
                maxInflightMessages, maxInflightBytes, maxPacketSize, messageSizeLimit, maxKeepalive, maxConnections, retainAvailable,
                allowZeroLengthClientId, sysInterval, logTypes != null ? logTypes : d.logTypes(),
                logDestinations != null ? logDestinations : d.logDestinations(), connectionMessages, logTimestamp,
                logTimestampFormat, false, List.of(), warnings);
    }
}
