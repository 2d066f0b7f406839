package mqttlab.web;

import com.google.gson.Gson;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import mqttlab.broker.Broker;
import mqttlab.building.Building;
import mqttlab.building.BuildingSnapshot;
import mqttlab.building.RoomSnapshot;

/**
 * Publishes {@link LabTopics#BUILDING} once a tick: the simulated clock and speed, and each room's
 * temperature over the last simulated hour, sampled from the building's snapshots. The readings
 * themselves the page takes from the building's own topics; this adds the time axis and the history
 * a page opened late has not seen.
 */
public final class BuildingFeed implements Runnable {
    /** The window the page draws, in simulated seconds. */
    static final long WINDOW = 3600;
    /** At most one point per this many simulated seconds (240 points an hour at any speed). */
    static final long STEP = 15;

    /** One room's curve: simulated seconds since the start, and the temperature then. */
    record Point(long t, double c) { }

    private static final Gson GSON = new Gson();
    private final Broker broker;
    private final Supplier<Building> building;
    private final Map<String, ArrayDeque<Point>> history = new LinkedHashMap<>();
    private long lastElapsed = -1;

    public BuildingFeed(Broker broker, Supplier<Building> building) {
        this.broker = broker;
        this.building = building;
    }

    @Override
    public void run() {
        Building b = building.get();
        if (b == null) return;
        broker.publishOwn(LabTopics.BUILDING, json(b.snapshot()).getBytes(StandardCharsets.UTF_8), true);
    }

    /** The message for one snapshot; remembers its points. */
    String json(BuildingSnapshot s) {
        long now = s.elapsed().getSeconds();
        if (now < lastElapsed) history.clear(); // `building reset`: a new day
        boolean sample = lastElapsed < 0 || now - lastElapsed >= STEP || now < lastElapsed;
        if (sample) lastElapsed = now;
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("time", s.timeOfDay().withNano(0).toString());
        out.put("elapsed", now);
        out.put("speed", s.speed());
        out.put("paused", s.paused());
        out.put("outside", round(s.outside()));
        List<Map<String, Object>> rooms = new ArrayList<>();
        for (RoomSnapshot r : s.rooms()) {
            ArrayDeque<Point> h = history.computeIfAbsent(r.room(), k -> new ArrayDeque<>());
            if (sample) h.addLast(new Point(now, round(r.temperature())));
            while (!h.isEmpty() && h.peekFirst().t() < now - WINDOW) h.removeFirst();
            Map<String, Object> room = new LinkedHashMap<>();
            room.put("room", r.room());
            room.put("temperature", round(r.temperature()));
            room.put("acOn", r.acOn());
            room.put("sensorsOnline", r.sensorsOnline());
            room.put("sensors", r.sensors());
            room.put("t", h.stream().map(Point::t).toList());
            room.put("c", h.stream().map(Point::c).toList());
            rooms.add(room);
        }
        out.put("rooms", rooms);
        return GSON.toJson(out);
    }

    private static double round(double v) { return Math.round(v * 10) / 10.0; }
}
