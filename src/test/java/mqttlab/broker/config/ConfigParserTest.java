package mqttlab.broker.config;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import mqttlab.broker.log.LogDestination;
import mqttlab.broker.log.LogLevel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ConfigParserTest {
    private static final Path NAME = Path.of("/etc/lab/test.conf");

    private static BrokerConfig parse(String text) throws ConfigException {
        return ConfigParser.parse(text, NAME);
    }

    private static String error(String text) {
        return assertThrows(ConfigException.class, () -> parse(text)).getMessage();
    }

    @Test
    void emptyFileGivesMosquittoDefaultsInLocalOnlyMode() throws Exception {
        BrokerConfig c = parse("# nothing\n\n   \n");
        assertTrue(c.localOnly());
        assertEquals(List.of(new Listener(1883, "127.0.0.1")), c.effectiveListeners());
        assertTrue(c.allowAnonymous(null), "local-only mode allows anonymous clients");
        assertEquals(Set.of(LogLevel.ERROR, LogLevel.WARNING, LogLevel.NOTICE, LogLevel.INFORMATION), c.logTypes());
        assertEquals(List.of(LogDestination.stderr()), c.logDestinations());
        assertEquals(NAME, c.source());
    }

    @Test
    void lectureListenerOpensAllInterfacesAndAnonymousIsThenRefusedByDefault() throws Exception {
        BrokerConfig c = parse("listener 1883 0.0.0.0\n");
        assertEquals(List.of(new Listener(1883, "0.0.0.0")), c.listeners());
        assertFalse(c.localOnly());
        assertFalse(c.allowAnonymous(null), "mosquitto 2.0: allow_anonymous defaults to false once a listener exists");
        assertTrue(parse("listener 1883 0.0.0.0\nallow_anonymous true\n").allowAnonymous(null));
    }

    @Test
    void protocolAppliesToTheLastListener() throws Exception {
        BrokerConfig c = parse("listener 1883\nlistener 9001 127.0.0.1\nprotocol websockets\n");
        assertEquals(Listener.Protocol.MQTT, c.listeners().get(0).protocol());
        assertEquals(Listener.Protocol.WEBSOCKETS, c.listeners().get(1).protocol());
        assertNull(c.listeners().get(0).bindAddress());
    }

    @Test
    void portAndBindAddressMakeTheDefaultListener() throws Exception {
        BrokerConfig c = parse("port 1884\nbind_address 127.0.0.1\n");
        assertEquals(List.of(new Listener(1884, "127.0.0.1")), c.listeners());
        assertEquals(List.of(new Listener(1883, "10.0.0.1")), parse("bind_address 10.0.0.1").listeners());
    }

    @Test
    void everyScalarOptionIsRead() throws Exception {
        BrokerConfig c = parse("""
                persistence true
                persistence_location data/
                persistence_file lab.db
                autosave_interval 60
                max_queued_messages 50
                queue_qos0_messages true
                max_inflight_messages 1
                max_packet_size 1024
                message_size_limit 512
                max_keepalive 120
                max_connections 30
                retain_available false
                allow_zero_length_clientid false
                sys_interval 0
                connection_messages false
                log_timestamp false
                log_timestamp_format %Y-%m-%dT%H:%M:%S
                """);
        assertTrue(c.persistence());
        assertEquals(Path.of("/etc/lab/data"), c.persistenceLocation(), "relative to the config file's folder");
        assertEquals("lab.db", c.persistenceFile());
        assertEquals(60, c.autosaveIntervalSeconds());
        assertEquals(50, c.maxQueuedMessages());
        assertTrue(c.queueQos0Messages());
        assertEquals(1, c.maxInflightMessages());
        assertEquals(1024, c.maxPacketSize());
        assertEquals(512, c.messageSizeLimit());
        assertEquals(120, c.maxKeepalive());
        assertEquals(30, c.maxConnections());
        assertFalse(c.retainAvailable());
        assertFalse(c.allowZeroLengthClientId());
        assertEquals(0, c.sysIntervalSeconds());
        assertFalse(c.connectionMessages());
        assertFalse(c.logTimestamp());
        assertEquals("%Y-%m-%dT%H:%M:%S", c.logTimestampFormat());
    }

    @Test
    void globalSecurityWithRelativePaths() throws Exception {
        BrokerConfig c = parse("listener 1883\nallow_anonymous false\npassword_file passwd\nacl_file /abs/acl\n");
        assertEquals(new Security(false, Path.of("/etc/lab/passwd"), Path.of("/abs/acl")), c.security());
        assertNull(c.listeners().get(0).security(), "without per_listener_settings the global settings apply");
    }

    @Test
    void perListenerSettingsPutSecurityOnEachListener() throws Exception {
        BrokerConfig c = parse("""
                per_listener_settings true
                listener 1883
                allow_anonymous true
                listener 1884 127.0.0.1
                allow_anonymous false
                password_file pw
                """);
        assertTrue(c.perListenerSettings());
        assertEquals(new Security(true, null, null), c.listeners().get(0).security());
        assertEquals(new Security(false, Path.of("/etc/lab/pw"), null), c.listeners().get(1).security());
        assertTrue(c.allowAnonymous(c.listeners().get(0).security()));
        assertFalse(c.allowAnonymous(c.listeners().get(1).security()));
        assertTrue(error("listener 1883\nper_listener_settings true\n").contains("test.conf:2:"));
    }

    @Test
    void logTypeReplacesTheDefaultsAndIsRepeatable() throws Exception {
        assertEquals(Set.of(LogLevel.ERROR, LogLevel.SUBSCRIBE), parse("log_type error\nlog_type subscribe\n").logTypes());
        assertEquals(Set.of(LogLevel.values()), parse("log_type all\n").logTypes());
        assertEquals(Set.of(), parse("log_type all\nlog_type none\n").logTypes());
    }

    @Test
    void logDestReplacesStderrAndAccumulates() throws Exception {
        BrokerConfig c = parse("log_dest stdout\nlog_dest topic\nlog_dest file logs/broker log.txt\n");
        assertEquals(List.of(LogDestination.stdout(), LogDestination.topic(),
                LogDestination.file(Path.of("/etc/lab/logs/broker log.txt"))), c.logDestinations());
        BrokerConfig s = parse("log_dest syslog\n");
        assertEquals(List.of(), s.logDestinations());
        assertTrue(s.warnings().get(0).english().contains("log_dest syslog is not supported by the lab"), s.warnings().toString());
    }

    @Test
    void theBriefsExampleErrorMessage() {
        assertEquals("/etc/lab/test.conf:3: unknown option 'listner' (did you mean 'listener'?)",
                error("# lab\nallow_anonymous true\nlistner 1883\n"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "port abc|test.conf:1: 'abc' is not a whole number (option 'port')",
        "port 70000|test.conf:1: 'port' must be between 0 and 65535, got 70000",
        "listener|test.conf:1: option 'listener' is missing its argument",
        "allow_anonymous yes|test.conf:1: 'allow_anonymous' must be true or false, got 'yes'",
        "port 1883 # default|test.conf:1: unexpected extra argument '#' for option 'port' (comments must be on a line of their own)",
        "protocol mqtts|test.conf:1: 'protocol' must be mqtt or websockets, got 'mqtts'",
        "log_type verbose|test.conf:1: unknown log_type 'verbose'",
        "log_dest file|test.conf:1: 'log_dest file' needs a file name",
        "password_file|test.conf:1: option 'password_file' is missing its argument",
        "max_packet_size 10|test.conf:1: 'max_packet_size' must be at least 20",
        "certfile server.pem|test.conf:1: option 'certfile' (TLS, plugins or bridges) is not supported by the lab",
        "listener 0 /tmp/mqtt.sock|test.conf:1: unix socket listeners",
        "frobnicate 1|test.conf:1: unknown option 'frobnicate'",
    })
    void malformedLinesNameFileAndLine(String line, String expected) {
        String msg = error(line);
        assertTrue(msg.contains(expected), msg);
        assertFalse(msg.contains("\n"), "one line");
    }

    @Test
    void windowsLineEndingsAndByteOrderMark() throws Exception {
        assertEquals(List.of(new Listener(1883, "0.0.0.0")), parse("\uFEFFlistener 1883 0.0.0.0\r\nallow_anonymous true\r\n").listeners());
    }

    @Test
    void ignoredMosquittoOptionsWarn() throws Exception {
        BrokerConfig c = parse("user mosquitto\npid_file /run/m.pid\n");
        assertEquals(2, c.warnings().size());
        assertTrue(c.warnings().get(0).english().contains("option 'user' has no effect in the lab"));
    }

    @Test
    void includeDirReadsConfFilesInOrderWithTheirOwnLineNumbers(@TempDir Path dir) throws Exception {
        Path conf = dir.resolve("main.conf");
        Files.createDirectory(dir.resolve("conf.d"));
        Files.writeString(dir.resolve("conf.d/b.conf"), "listener 1884\n");
        Files.writeString(dir.resolve("conf.d/a.conf"), "listener 1883\n");
        Files.writeString(dir.resolve("conf.d/ignored.txt"), "nonsense\n");
        Files.writeString(conf, "include_dir conf.d\nallow_anonymous true\n");
        BrokerConfig c = ConfigParser.parse(conf);
        assertEquals(List.of(1883, 1884), c.listeners().stream().map(Listener::port).toList());
        Files.writeString(dir.resolve("conf.d/c.conf"), "\nmax_keepalive x\n");
        ConfigException e = assertThrows(ConfigException.class, () -> ConfigParser.parse(conf));
        assertEquals(dir.resolve("conf.d/c.conf") + ":2: 'x' is not a whole number (option 'max_keepalive')", e.getMessage());
        assertEquals(2, e.line());
    }

    @Test
    void missingFileIsOneClearLine(@TempDir Path dir) {
        ConfigException e = assertThrows(ConfigException.class, () -> ConfigParser.parse(dir.resolve("nope.conf")));
        assertEquals(dir.resolve("nope.conf") + ": cannot read the file (no such file)", e.getMessage());
    }

    @Test
    void portOptionIsLoopbackAndIgnoredWhenTheFileHasAListener() throws Exception {
        BrokerConfig local = parse("").withPortOption(List.of(1884, 1885));
        assertTrue(local.localOnly());
        assertTrue(local.allowAnonymous(null));
        assertEquals(List.of(new Listener(1884, "127.0.0.1"), new Listener(1885, "127.0.0.1")), local.effectiveListeners());
        BrokerConfig withListener = parse("listener 1883").withPortOption(List.of(1884));
        assertEquals(List.of(new Listener(1883, null)), withListener.effectiveListeners());
        assertTrue(withListener.warnings().get(0).english().contains("-p is ignored"));
    }
}
