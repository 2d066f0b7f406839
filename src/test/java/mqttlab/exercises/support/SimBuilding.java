package mqttlab.exercises.support;

import com.hivemq.client.mqtt.datatypes.MqttQos;
import com.hivemq.client.mqtt.mqtt3.Mqtt3AsyncClient;
import com.hivemq.client.mqtt.mqtt3.Mqtt3Client;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import mqttlab.exercises.BuildingControl;
import mqttlab.exercises.ProgressListener;

/**
 * A test stand-in for the lab's building (the real one is {@code mqttlab.building}): four rooms with
 * two sensors each and an A/C unit, as an MQTT client. Each simulated minute the room drifts toward
 * the outside temperature plus its internal gains and cools while its A/C runs; sensors add bounded
 * noise. Deterministic for a seed. At rest it publishes every {@code restPeriodMs}; {@link #runDay}
 * runs 1440 minutes on a fast clock.
 */
public final class SimBuilding implements BuildingControl, AutoCloseable {
    static final String ID = "mqttlab-building";
    private static final double K = 0.02;
    private static final double COOLING = 0.3;

    private final Mqtt3AsyncClient client;
    private final Map<String, Room> rooms = new LinkedHashMap<>();
    private final Random random = new Random(42);
    private final Thread rest;
    private volatile boolean fast;

    private static final class Room {
        final String id;
        final double gain;
        double temp = 23.0;
        volatile boolean ac;

        Room(String id, double gain) {
            this.id = id;
            this.gain = gain;
        }
    }

    public SimBuilding(String host, int port, long restPeriodMs) {
        for (String[] r : new String[][] {{"125", "7"}, {"201", "8"}, {"202", "6"}, {"310", "9"}}) {
            rooms.put(r[0], new Room(r[0], Double.parseDouble(r[1])));
        }
        client = Mqtt3Client.builder().identifier(ID).serverHost(host).serverPort(port).buildAsync();
        client.connect().join();
        client.subscribeWith().topicFilter("building/+/ac/set").qos(MqttQos.AT_LEAST_ONCE).callback(p -> {
            Room room = rooms.get(p.getTopic().getLevels().get(1));
            String cmd = new String(p.getPayloadAsBytes(), StandardCharsets.UTF_8);
            if (room != null && (cmd.equals("ON") || cmd.equals("OFF"))) setAc(room, cmd.equals("ON"), false);
        }).send().join();
        for (Room r : rooms.values()) setAc(r, false, true);
        rest = new Thread(() -> {
            try {
                while (!Thread.currentThread().isInterrupted()) {
                    if (!fast) publishReadings();
                    Thread.sleep(restPeriodMs);
                }
            } catch (InterruptedException e) {
                // stopping
            }
        }, "sim-building");
        rest.setDaemon(true);
        rest.start();
    }

    private synchronized void setAc(Room r, boolean on, boolean always) {
        if (r.ac == on && !always) return;
        r.ac = on;
        client.publishWith().topic("building/" + r.id + "/ac/state").qos(MqttQos.AT_LEAST_ONCE).retain(true)
                .payload((on ? "ON" : "OFF").getBytes(StandardCharsets.UTF_8)).send();  // never join: callbacks run on the client's own thread
    }

    private void publishReadings() {
        for (Room r : rooms.values()) {
            for (int s = 1; s <= 2; s++) {
                double reading;
                synchronized (this) {
                    reading = Math.round((r.temp + (random.nextDouble() - 0.5) * 0.6) * 10) / 10.0;
                }
                client.publishWith().topic("building/" + r.id + "/sensor" + s + "/temperature")
                        .payload(Double.toString(reading).getBytes(StandardCharsets.UTF_8)).send();
            }
        }
    }

    @Override
    public List<String> rooms() {
        return List.copyOf(rooms.keySet());
    }

    @Override
    public List<String> topics() {
        List<String> t = new ArrayList<>();
        for (String r : rooms.keySet()) {
            t.add("building/" + r + "/sensor1/temperature");
            t.add("building/" + r + "/sensor2/temperature");
            t.add("building/" + r + "/ac/set");
            t.add("building/" + r + "/ac/state");
        }
        return t;
    }

    @Override
    public void runDay(ProgressListener progress) throws InterruptedException {
        fast = true;
        try {
            for (Room r : rooms.values()) {
                synchronized (this) {
                    r.temp = 23.0;
                }
                setAc(r, false, true);
            }
            for (int minute = 0; minute < 1440; minute++) {
                double outside = 24 - 8 * Math.cos(2 * Math.PI * (minute - 180) / 1440.0);
                synchronized (this) {
                    for (Room r : rooms.values()) r.temp += K * (outside + r.gain - r.temp) - (r.ac ? COOLING : 0);
                }
                publishReadings();
                TimeUnit.MICROSECONDS.sleep(4000);
                if (minute % 60 == 59) progress.update((minute + 1) / 1440.0, String.format("simulated %02d:00", (minute + 1) / 60));
            }
            Thread.sleep(200); // let the last readings and commands land
        } finally {
            fast = false;
        }
    }

    @Override
    public void close() {
        rest.interrupt();
        client.disconnect();
    }
}
