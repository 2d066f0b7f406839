package mqttlab.building;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import java.util.function.Predicate;
import mqttlab.text.Text;

/** The building's MQTT clients: a {@link SensorClient} per sensor and an {@link AcUnitClient} per room. */
final class BuildingClients {

    private static final long CONNECT_TIMEOUT_MILLIS = 10_000;

    private final Map<String, SensorClient> sensors = new LinkedHashMap<>();
    private final Map<String, AcUnitClient> acUnits = new LinkedHashMap<>();
    private final AtomicBoolean closing = new AtomicBoolean();
    private final BrokerAddress address;

    /** Makes (does not connect) a client per sensor and per A/C unit. */
    BuildingClients(BuildingConfig config, BrokerAddress address, Consumer<BuildingEvent> events, Predicate<String> acState) {
        this.address = address;
        Topics topics = config.topics();
        for (String room : config.rooms()) {
            for (int i = 1; i <= config.sensorsPerRoom(); i++) {
                SensorClient s = new SensorClient(room, i, topics, address, closing::get, events);
                sensors.put(key(room, s.sensor), s);
            }
            acUnits.put(room, new AcUnitClient(room, topics, address, closing::get, events, () -> acState.test(room)));
        }
    }

    /** Connects every client at once and waits for all; on any failure closes the rest and throws. */
    void connect(AcUnitClient.Commands commands) {
        Map<String, CompletableFuture<?>> pending = new LinkedHashMap<>();
        sensors.values().forEach(s -> pending.put(s.clientId, s.connect()));
        acUnits.values().forEach(a -> pending.put(a.clientId, a.connect(commands)));
        try {
            pending.forEach((id, future) -> MqttClients.await(future, id, address, CONNECT_TIMEOUT_MILLIS));
        } catch (BuildingStartException e) {
            stop();
            throw e;
        }
    }

    SensorClient sensor(String room, String sensor) {
        SensorClient s = sensors.get(key(room, sensor));
        if (s == null) throw new IllegalArgumentException(Text.t("building.no.sensor", sensor, room));
        return s;
    }

    private static String key(String room, String sensor) {
        return room + "/" + sensor;
    }

    /** Publishes each reading through its sensor's client; returns those that went out. */
    List<Reading> publish(List<Reading> readings) {
        List<Reading> sent = new ArrayList<>(readings.size());
        for (Reading r : readings) {
            SensorClient s = sensors.get(key(r.room(), r.sensor()));
            if (s != null && s.publish(r)) sent.add(r);
        }
        return sent;
    }

    int sensorsOnline(String room) {
        return (int) sensors.values().stream().filter(s -> s.room.equals(room) && s.online()).count();
    }

    boolean acOnline(String room) {
        AcUnitClient ac = acUnits.get(room);
        return ac != null && ac.online();
    }

    void publishAcState(String room, boolean on) {
        AcUnitClient ac = acUnits.get(room);
        if (ac != null) ac.publishState(on);
    }

    /** Says goodbye from every client (sensors mark themselves offline) and waits a little for it. */
    void stop() {
        closing.set(true);
        List<CompletableFuture<?>> all = new ArrayList<>();
        sensors.values().forEach(s -> all.add(s.stop()));
        acUnits.values().forEach(a -> all.add(a.stop()));
        CompletableFuture.allOf(all.toArray(CompletableFuture[]::new))
                .orTimeout(3, TimeUnit.SECONDS).handle((r, e) -> null).join();
    }
}
