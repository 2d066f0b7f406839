package mqttlab.broker.config;

import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import mqttlab.broker.log.LogLevel;

/**
 * The mosquitto.conf options the lab understands, one handler each, plus the mosquitto options it
 * knows but ignores (with a warning) or refuses (TLS, plugins, bridges: running without them would
 * silently weaken what the file asks for). {@code include_dir} is handled by {@link ConfigParser}.
 */
final class ConfigOptions {

    interface Handler {
        void apply(ConfigState s, ConfigLine l) throws ConfigException;
    }

    static final Map<String, Handler> HANDLERS = new LinkedHashMap<>();

    /** Real mosquitto options with no effect in the lab: accepted, with a warning. */
    static final Set<String> IGNORED = Set.of("user", "pid_file", "memory_limit", "set_tcp_nodelay",
            "websockets_log_level", "websockets_headers_size", "http_dir", "socket_domain", "bind_interface",
            "persistent_client_expiration", "upgrade_outgoing_qos",
            "check_retain_source", "clientid_prefixes", "autosave_on_changes", "persistence_path",
            "use_username_as_clientid", "max_topic_alias", "allow_duplicate_messages");

    /** Real mosquitto options the lab cannot honour: an error, so nobody believes they are in force. */
    static final Set<String> REFUSED = Set.of("cafile", "capath", "certfile", "keyfile", "require_certificate",
            "tls_version", "ciphers", "ciphers_tls1.3", "crlfile", "dhparamfile", "psk_hint", "psk_file",
            "use_identity_as_username", "use_subject_as_username", "plugin", "auth_plugin", "plugin_opt",
            "auth_opt", "connection", "address", "topic", "mount_point");

    static {
        HANDLERS.put("listener", ConfigOptions::listener);
        HANDLERS.put("port", (s, l) -> s.defaultPort = l.intArg(0, 65535));
        HANDLERS.put("bind_address", (s, l) -> { l.expectArgs(1, 1); s.defaultBindAddress = l.args().get(0); });
        HANDLERS.put("protocol", ConfigOptions::protocol);
        HANDLERS.put("per_listener_settings", ConfigOptions::perListenerSettings);
        HANDLERS.put("allow_anonymous", (s, l) -> s.security().allowAnonymous = l.boolArg());
        HANDLERS.put("password_file", (s, l) -> s.security().passwordFile = l.pathArg());
        HANDLERS.put("acl_file", (s, l) -> s.security().aclFile = l.pathArg());
        HANDLERS.put("persistence", (s, l) -> s.persistence = l.boolArg());
        HANDLERS.put("persistence_location", (s, l) -> s.persistenceLocation = l.pathArg());
        HANDLERS.put("persistence_file", (s, l) -> s.persistenceFile = l.stringArg());
        HANDLERS.put("autosave_interval", (s, l) -> s.autosaveInterval = l.intArg(0, Integer.MAX_VALUE));
        HANDLERS.put("max_queued_messages", (s, l) -> s.maxQueuedMessages = l.intArg(0, Integer.MAX_VALUE));
        HANDLERS.put("max_queued_bytes", (s, l) -> s.maxQueuedBytes = l.longArg(0, Long.MAX_VALUE));
        HANDLERS.put("backpressure_timeout", ConfigOptions::backpressureTimeout);
        HANDLERS.put("queue_qos0_messages", (s, l) -> s.queueQos0Messages = l.boolArg());
        HANDLERS.put("max_inflight_messages", (s, l) -> s.maxInflightMessages = l.intArg(0, 65535));
        HANDLERS.put("max_inflight_bytes", (s, l) -> s.maxInflightBytes = l.longArg(0, Long.MAX_VALUE));
        HANDLERS.put("max_packet_size", ConfigOptions::maxPacketSize);
        HANDLERS.put("message_size_limit", (s, l) -> s.messageSizeLimit = l.longArg(0, 268_435_455));
        HANDLERS.put("max_keepalive", (s, l) -> s.maxKeepalive = l.intArg(0, 65535));
        HANDLERS.put("max_connections", (s, l) -> s.maxConnections = l.intArg(-1, Integer.MAX_VALUE));
        HANDLERS.put("retain_available", (s, l) -> s.retainAvailable = l.boolArg());
        HANDLERS.put("allow_zero_length_clientid", (s, l) -> s.allowZeroLengthClientId = l.boolArg());
        HANDLERS.put("sys_interval", (s, l) -> s.sysInterval = l.intArg(0, 65535));
        HANDLERS.put("log_type", ConfigOptions::logType);
        HANDLERS.put("log_dest", LogDestOption::apply);
        HANDLERS.put("connection_messages", (s, l) -> s.connectionMessages = l.boolArg());
        HANDLERS.put("log_timestamp", (s, l) -> s.logTimestamp = l.boolArg());
        HANDLERS.put("log_timestamp_format", (s, l) -> s.logTimestampFormat = l.stringArg());
    }

    private ConfigOptions() { }

    /** Every option name mosquitto has that the lab knows of, for "did you mean". */
    static Set<String> allNames() {
        Set<String> all = new TreeSet<>(HANDLERS.keySet());
        all.addAll(IGNORED);
        all.addAll(REFUSED);
        all.add("include_dir");
        return all;
    }

    private static void listener(ConfigState s, ConfigLine l) throws ConfigException {
        l.expectArgs(1, 2);
        int port = l.intAt(0, 0, 65535);
        String bind = l.args().size() > 1 ? l.args().get(1) : null;
        if (bind != null && bind.contains("/")) {
            throw l.error("config.unix.socket", bind);
        }
        for (ConfigState.ListenerDraft d : s.listeners) {
            if (port != 0 && d.port == port && java.util.Objects.equals(d.bindAddress, bind)) {
                s.current = d; // mosquitto reuses a listener defined twice (e.g. in an included file)
                return;
            }
        }
        s.current = new ConfigState.ListenerDraft(port, bind);
        s.listeners.add(s.current);
    }

    private static void protocol(ConfigState s, ConfigLine l) throws ConfigException {
        l.expectArgs(1, 1);
        switch (l.args().get(0)) {
            case "mqtt" -> s.setProtocol(Listener.Protocol.MQTT);
            case "websockets" -> s.setProtocol(Listener.Protocol.WEBSOCKETS);
            default -> throw l.error("config.protocol", l.args().get(0));
        }
    }

    private static void perListenerSettings(ConfigState s, ConfigLine l) throws ConfigException {
        boolean v = l.boolArg();
        if (v && !s.listeners.isEmpty()) {
            throw l.error("config.per.listener.order");
        }
        s.perListenerSettings = v;
    }

    private static void maxPacketSize(ConfigState s, ConfigLine l) throws ConfigException {
        long v = l.longArg(0, 268_435_460);
        if (v != 0 && v < 20) throw l.error("config.max.packet.size", v);
        s.maxPacketSize = v;
    }

    /** The lab's own option (mosquitto has none): seconds, fractions allowed, 0 = never hold publishers back. */
    private static void backpressureTimeout(ConfigState s, ConfigLine l) throws ConfigException {
        l.expectArgs(1, 1);
        String arg = l.args().get(0);
        double seconds;
        try {
            seconds = Double.parseDouble(arg);
        } catch (NumberFormatException e) {
            throw l.error("config.seconds", arg);
        }
        if (!(seconds >= 0 && seconds <= 3600)) throw l.error("config.backpressure.range", arg);
        s.backpressureTimeoutMillis = Math.round(seconds * 1000);
    }

    private static void logType(ConfigState s, ConfigLine l) throws ConfigException {
        l.expectArgs(1, 1);
        if (s.logTypes == null) s.logTypes = EnumSet.noneOf(LogLevel.class); // the first log_type replaces the defaults
        switch (l.args().get(0)) {
            case "none" -> s.logTypes.clear();
            case "all" -> s.logTypes.addAll(EnumSet.allOf(LogLevel.class));
            case "debug" -> s.logTypes.add(LogLevel.DEBUG);
            case "error" -> s.logTypes.add(LogLevel.ERROR);
            case "warning" -> s.logTypes.add(LogLevel.WARNING);
            case "notice" -> s.logTypes.add(LogLevel.NOTICE);
            case "information" -> s.logTypes.add(LogLevel.INFORMATION);
            case "subscribe" -> s.logTypes.add(LogLevel.SUBSCRIBE);
            case "unsubscribe" -> s.logTypes.add(LogLevel.UNSUBSCRIBE);
            case "websockets" -> s.logTypes.add(LogLevel.WEBSOCKETS);
            default -> throw l.error("config.log.type", l.args().get(0));
        }
    }
}
