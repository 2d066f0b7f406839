package mqttlab.building;

import static org.junit.jupiter.api.Assertions.*;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import mqttlab.testsupport.Await;
import mqttlab.testsupport.MosquittoProcess;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The building's clients against a real broker (Debian's mosquitto), with a fast clock. */
class BuildingMqttTest {

    private static final Duration WAIT = Duration.ofSeconds(10);
    private static MosquittoProcess broker;

    @BeforeAll
    static void startBroker() throws Exception {
        broker = MosquittoProcess.start();
    }

    @AfterAll
    static void stopBroker() throws Exception {
        if (broker != null) broker.close();
    }

    private final List<BuildingEvent> events = new CopyOnWriteArrayList<>();

    private Building start(BuildingConfig config, double speed) {
        return Building.start(config, BrokerAddress.of(broker.host(), broker.port()), speed, events::add);
    }

    @Test
    @DisplayName("sensors publish readings and announce online; a clean stop leaves offline retained")
    void sensorsPublish() throws Exception {
        BuildingConfig config = BuildingConfig.defaults().withTopicPrefix("t1");
        try (Probe probe = new Probe("probe-1", broker.host(), broker.port()).subscribe("t1/#")) {
            try (Building b = start(config, 60)) {
                Probe.Message m = probe.await(x -> x.topic().equals("t1/125/sensor1/temperature"), WAIT);
                assertTrue(m.payload().matches("\\d{2}\\.\\d"), m.payload());
                probe.await(x -> x.topic().equals("t1/201/sensor2/status") && x.payload().equals("online"), WAIT);
                assertEquals(8, b.snapshot().sensorsOnline());
                assertTrue(events.stream().anyMatch(e -> e instanceof BuildingEvent.ReadingPublished r && r.reading().room().equals("102")));
            }
            probe.await(x -> x.topic().equals("t1/101/sensor1/status") && x.payload().equals("offline"), WAIT);
        }
        assertTrue(broker.log().contains("sensor-125-1"), "the broker saw client sensor-125-1");
    }

    @Test
    @DisplayName("commands to an A/C unit change its retained state; anything but ON/OFF is rejected")
    void acCommands() throws Exception {
        BuildingConfig config = BuildingConfig.defaults().withTopicPrefix("t2");
        try (Building b = start(config, 1); Probe commander = new Probe("probe-2", broker.host(), broker.port())) {
            try (Probe first = new Probe("probe-2a", broker.host(), broker.port()).subscribe("t2/125/ac/state")) {
                assertEquals("OFF", first.await(m -> true, WAIT).payload());
            }
            commander.publish("t2/125/ac/set", "ON");
            Await.value(() -> b.snapshot().room("125").acOn(), WAIT, () -> "125 still off; events " + events);
            try (Probe later = new Probe("probe-2b", broker.host(), broker.port()).subscribe("t2/125/ac/state")) {
                Probe.Message state = later.await(m -> true, WAIT);
                assertEquals("ON", state.payload());
                assertTrue(state.retained());
            }
            commander.publish("t2/125/ac/set", "on");
            BuildingEvent.CommandRejected r = Await.value(() -> b.rejections().stream().findFirst().orElse(null), WAIT, () -> "no rejection");
            assertEquals("on", r.payload());
            assertEquals("commands are upper case: ON or OFF", r.reason());
            assertTrue(b.snapshot().room("125").acOn());
            commander.publish("t2/125/ac/set", "OFF");
            Await.value(() -> !b.snapshot().room("125").acOn(), WAIT, () -> "125 still on");
            try (Probe last = new Probe("probe-2c", broker.host(), broker.port()).subscribe("t2/125/ac/state")) {
                assertEquals("OFF", last.await(m -> true, WAIT).payload());
            }
            assertEquals(2, b.snapshot().room("125").switches());
            assertEquals(2, events.stream().filter(e -> e instanceof BuildingEvent.AcSwitched s && s.room().equals("125")).count());
        }
    }

    @Test
    @DisplayName("the built-in controller cools a hot room over MQTT during a fast graded run")
    void controllerOverMqtt() throws Exception {
        BuildingConfig config = BuildingConfig.defaults().withTopicPrefix("building");
        try (Building b = start(config, 1)) {
            b.set("125", 28.0);
            b.controller(true);
            assertTrue(b.controllerOn());
            List<Duration> progress = new CopyOnWriteArrayList<>();
            ComfortReport report = b.runFor(Duration.ofMinutes(90), 1800, (done, total) -> progress.add(done));
            assertEquals(Duration.ofMinutes(90), b.snapshot().elapsed(), "the run stops exactly at its end");
            assertEquals(1.0, b.speed());
            assertTrue(progress.size() >= 3, "progress reported " + progress);
            // Over a real network the controller reacts in real milliseconds, which at speed 1800 are
            // simulated seconds: allow the hot room some overshoot, the others a little.
            String lines = String.join("\n", report.lines());
            ComfortReport.Room hot = report.room("125");
            assertTrue(hot.switches() >= 2, "ON, then OFF once cool: " + lines);
            assertTrue(hot.maxTemperature() <= 28.3 && hot.minTemperature() >= 21.0, lines);
            assertTrue(b.snapshot().room("125").temperature() < 26, lines);
            for (String room : List.of("101", "102", "201"))
                assertTrue(report.room(room).maxDeviation() < 1.0, lines);
            assertTrue(events.stream().anyMatch(e -> e instanceof BuildingEvent.ControllerDecided d && d.room().equals("125") && d.on()));
            b.controller(false);
            assertFalse(b.controllerOn());
        }
    }

    @Test
    @DisplayName("reset announces every running unit OFF")
    void resetTurnsUnitsOff() throws Exception {
        BuildingConfig config = BuildingConfig.defaults().withTopicPrefix("t4");
        try (Building b = start(config, 1); Probe probe = new Probe("probe-4", broker.host(), broker.port())) {
            probe.publish("t4/101/ac/set", "ON");
            Await.value(() -> b.snapshot().room("101").acOn(), WAIT, () -> "101 still off");
            probe.subscribe("t4/+/ac/state");
            b.reset();
            probe.await(m -> m.topic().equals("t4/101/ac/state") && m.payload().equals("OFF") && !m.retained(), WAIT);
            assertEquals(0, b.snapshot().room("101").switches());
        }
    }

    @Test
    @DisplayName("an unplugged sensor stays offline when its connection is lost, and comes back when plugged in")
    void unplugAndPlug() throws Exception {
        BuildingConfig config = BuildingConfig.defaults().withTopicPrefix("t5");
        try (Building b = start(config, 60); Probe watcher = new Probe("probe-5", broker.host(), broker.port())) {
            watcher.subscribe("t5/125/sensor1/status");
            watcher.await(m -> m.payload().equals("online"), WAIT);
            assertEquals("sensor-125-1", b.unplug("125", "sensor1"));
            // Taking over the client id makes mosquitto drop the sensor's connection, as a cut cable would.
            try (Probe thief = new Probe("sensor-125-1", broker.host(), broker.port())) {
                Await.value(() -> b.snapshot().room("125").sensorsOnline() == 1, WAIT, () -> "sensor still online");
                Probe.Message will = watcher.await(m -> m.payload().equals("offline"), WAIT);
                assertFalse(will.retained(), "the will (offline) arrives live to a subscriber");
                // longer than the first reconnect delay: an unplugged sensor must not come back
                Await.stays(() -> b.snapshot().room("125").sensorsOnline() == 1, java.time.Duration.ofMillis(600), () -> "the unplugged sensor came back");
            }
            watcher.received.clear();
            b.plug("125", "sensor1");
            Await.value(() -> b.snapshot().room("125").sensorsOnline() == 2, WAIT, () -> "sensor not back");
            watcher.await(m -> m.payload().equals("online"), WAIT);
        }
    }

    @Test
    void noBrokerIsOneClearLine() {
        var e = assertThrows(BuildingStartException.class,
                () -> Building.start(BuildingConfig.defaults(), BrokerAddress.of("127.0.0.1", 1)));
        assertEquals("sensor-101-1 could not connect to the broker at 127.0.0.1:1: " + mqttlab.text.Text.t("why.refused"), e.getMessage());
        assertFalse(e.getMessage().contains("\n"));
    }
}
