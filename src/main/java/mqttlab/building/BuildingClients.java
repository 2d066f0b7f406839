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

/** The building's MQTT clients: a {@link SensorClient} per sensor and an {@link AcUnitClient} per room. */
final class BuildingClients {

    private static final long CONNECT_TIMEOUT_MILLIS = 10_000;

    private final Map<String, SensorClient> sensors = new LinkedHashMap<>();
    private final Map<String, AcUnitClient> acUnits = new LinkedHashMap<>();
    private final AtomicBoolean closing = new AtomicBoolean();

    private BuildingClients() {}

    /** Connects every client at once and waits for all; on any failure closes the rest and throws. */
    static BuildingClients connect(BuildingConfig config, BrokerAddress address, Consumer<BuildingEvent> events,
                                   AcUnitClient.Commands commands, Predicate<String> acState) {
        BuildingClients clients = new BuildingClients();
        Topics topics = config.topics();
        Map<String, CompletableFuture<?>> pending = new LinkedHashMap<>();
        for (String room : config.rooms()) {
            for (int i = 1; i <= config.sensorsPerRoom(); i++) {
                SensorClient s = new SensorClient(room, i, topics, address, clients.closing, events);
                clients.sensors.put(key(room, s.sensor), s);
                pending.put(s.clientId, s.connect());
            }
            AcUnitClient ac = new AcUnitClient(room, topics, address, clients.closing, events, () -> acState.test(room));
            clients.acUnits.put(room, ac);
            pending.put(ac.clientId, ac.connect(commands));
        }
        try {
            pending.forEach((id, future) -> MqttClients.await(future, id, address, CONNECT_TIMEOUT_MILLIS));
        } catch (BuildingStartException e) {
            clients.stop();
            throw e;
        }
        return clients;
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
