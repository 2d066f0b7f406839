package mqttlab.broker.log;

import static org.junit.jupiter.api.Assertions.*;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import mqttlab.broker.BrokerStartException;
import mqttlab.broker.config.BrokerConfig;
import mqttlab.broker.config.ConfigParser;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BrokerLogTest {
    private static final Clock CLOCK = Clock.fixed(Instant.ofEpochSecond(1_700_000_000L, 500_000_000), ZoneOffset.UTC);
    @TempDir Path dir;
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private PrintStream savedOut;

    @BeforeEach
    void captureStdout() {
        savedOut = System.out;
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
    }

    @AfterEach
    void restoreStdout() {
        System.setOut(savedOut);
    }

    private BrokerLog log(String conf) throws Exception {
        return new BrokerLog(ConfigParser.parse(conf, dir.resolve("t.conf")).logSettings(), CLOCK);
    }

    private String stdout() {
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void logTypeFiltersDestinationsButListenersSeeEverything() throws Exception {
        BrokerLog log = log("log_dest stdout\nlog_type error\nlog_type notice\n");
        List<String> seen = new ArrayList<>();
        try (AutoCloseable l = log.addListener(seen::add)) {
            log.log(LogLevel.NOTICE, "New connection from 127.0.0.1:51240 on port 1883.");
            log.log(LogLevel.DEBUG, "Sending CONNACK to pub1 (0, 0)");
        }
        log.log(LogLevel.DEBUG, "unseen");
        assertEquals("1700000000: New connection from 127.0.0.1:51240 on port 1883.\n", stdout());
        assertEquals(List.of("1700000000: New connection from 127.0.0.1:51240 on port 1883.",
                "1700000000: Sending CONNACK to pub1 (0, 0)"), seen);
        assertFalse(log.isEnabled(LogLevel.DEBUG));
        assertTrue(log.isEnabled(LogLevel.ERROR));
    }

    @Test
    void timestampOffAndStrftimeFormat() throws Exception {
        log("log_dest stdout\nlog_timestamp false\n").log(LogLevel.INFORMATION, "a");
        log("log_dest stdout\nlog_timestamp_format %Y-%m-%dT%H:%M:%S\n").log(LogLevel.INFORMATION, "b");
        assertEquals("a\n2023-11-14T22:13:20: b\n", stdout());
    }

    @Test
    void verboseLogsDebugLines() throws Exception {
        BrokerConfig c = ConfigParser.parse("log_dest stdout\n", null).withVerbose(true);
        new BrokerLog(c.logSettings(), CLOCK).log(LogLevel.DEBUG, "Received PINGREQ from sub1");
        assertEquals("1700000000: Received PINGREQ from sub1\n", stdout());
    }

    @Test
    void fileDestinationAppendsAndFlushesEachLine() throws Exception {
        Path file = dir.resolve("broker.log");
        Files.writeString(file, "old line\n");
        BrokerLog log = log("log_dest file broker.log\n");
        log.log(LogLevel.WARNING, "Warning: something");
        assertEquals("old line\n1700000000: Warning: something\n", Files.readString(file), "visible before close");
        log.close();
        assertEquals("", stdout());
    }

    @Test
    void unopenableLogFileStopsTheStart() {
        LogFileException e = assertThrows(LogFileException.class, () -> log("log_dest file no/such/dir/x.log\n"));
        assertEquals("Error: Unable to open log file " + dir.resolve("no/such/dir/x.log") + " for writing.", e.getMessage());
        BrokerStartException start = assertThrows(BrokerStartException.class, () -> mqttlab.broker.Broker.start(
                ConfigParser.parse("log_dest file no/such/dir/x.log\n", dir.resolve("t.conf")), CLOCK, s -> s));
        assertEquals(e.getMessage(), start.getMessage());
    }

    @Test
    void topicSinkGetsNonDebugLinesOnMosquittosTopics() throws Exception {
        BrokerLog log = log("log_dest topic\nlog_type all\n");
        assertTrue(log.hasTopicDestination());
        List<String> got = new ArrayList<>();
        log.setTopicSink((topic, line) -> {
            got.add(topic + " " + line);
            log.log(LogLevel.NOTICE, "logged while publishing"); // must not loop
        });
        log.log(LogLevel.NOTICE, "n");
        log.log(LogLevel.DEBUG, "d");
        log.log(LogLevel.SUBSCRIBE, "sub1 1 building/#");
        log.log(LogLevel.ERROR, "e");
        assertEquals(List.of("$SYS/broker/log/N 1700000000: n", "$SYS/broker/log/M/subscribe 1700000000: sub1 1 building/#",
                "$SYS/broker/log/E 1700000000: e"), got);
        assertEquals("$SYS/broker/log/I", BrokerLog.topicOf(LogLevel.INFORMATION));
        assertEquals("$SYS/broker/log/W", BrokerLog.topicOf(LogLevel.WARNING));
    }

    @Test
    void topicSinkOnlyForEnabledLevelsAndOnlyWithLogDestTopic() throws Exception {
        List<String> got = new ArrayList<>();
        BrokerLog noTopic = log("log_dest stdout\n");
        noTopic.setTopicSink((t, l) -> got.add(t));
        noTopic.log(LogLevel.NOTICE, "x");
        BrokerLog onlyErrors = log("log_dest topic\nlog_type error\n");
        onlyErrors.setTopicSink((t, l) -> got.add(t));
        onlyErrors.log(LogLevel.NOTICE, "x");
        assertEquals(List.of(), got);
    }

    @Test
    void concurrentLinesStayWhole() throws Exception {
        Path file = dir.resolve("c.log");
        BrokerLog log = log("log_dest file c.log\n");
        List<Thread> threads = new ArrayList<>();
        for (int t = 0; t < 4; t++) {
            int id = t;
            threads.add(new Thread(() -> {
                for (int i = 0; i < 500; i++) log.log(LogLevel.NOTICE, "thread " + id + " line " + i + " " + "x".repeat(50));
            }));
            threads.get(threads.size() - 1).start();
        }
        for (Thread th : threads) th.join();
        List<String> lines = Files.readAllLines(file);
        assertEquals(2000, lines.size());
        assertTrue(lines.stream().allMatch(l -> l.matches("1700000000: thread \\d line \\d+ x{50}")));
    }

    @Test
    void silentLogWritesNothingButTellsListeners() throws Exception {
        BrokerLog log = BrokerLog.silent();
        List<String> seen = new ArrayList<>();
        log.log(LogLevel.ERROR, "nobody");
        log.addListener(seen::add);
        log.log(LogLevel.ERROR, "someone");
        assertEquals(1, seen.size());
        assertTrue(seen.get(0).endsWith(": someone"));
        assertEquals("", stdout());
    }

    @Test
    void strftimeConversions() {
        ZonedDateTime t = ZonedDateTime.of(2024, 3, 5, 14, 7, 9, 0, ZoneId.of("Asia/Seoul"));
        assertEquals("2024-03-05 14:07:09", Strftime.format("%F %T", t));
        assertEquals("05/03/24 02PM %q 100%", Strftime.format("%d/%m/%y %I%p %q 100%%", t));
        assertEquals(Long.toString(t.toEpochSecond()), Strftime.format("%s", t));
        assertEquals("Tue Mar  5 14:07:09 2024 +0900", Strftime.format("%c %z", t));
        assertEquals("065 Tuesday March", Strftime.format("%j %A %B", t));
    }
}
