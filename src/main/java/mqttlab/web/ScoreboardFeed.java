package mqttlab.web;

import com.google.gson.Gson;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import mqttlab.broker.Broker;
import mqttlab.classroom.ScoreRow;

/**
 * Publishes {@link LabTopics#SCOREBOARD} when the classroom's scoreboard changed: who is online,
 * their lesson and step, the exercises they passed (self-reported ones marked {@code *}, as the
 * shell's `scoreboard` marks them). Checked once a tick, since "online" comes from the broker.
 */
public final class ScoreboardFeed implements Runnable {
    private static final Gson GSON = new Gson();
    private final Broker broker;
    private final Supplier<List<ScoreRow>> rows;
    private String last;

    public ScoreboardFeed(Broker broker, Supplier<List<ScoreRow>> rows) {
        this.broker = broker;
        this.rows = rows;
    }

    @Override
    public void run() {
        String now = json(rows.get());
        if (now.equals(last)) return;
        last = now;
        broker.publishOwn(LabTopics.SCOREBOARD, now.getBytes(StandardCharsets.UTF_8), true);
    }

    static String json(List<ScoreRow> rows) {
        List<Map<String, Object>> out = rows.stream().map(r -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("user", r.user());
            m.put("online", r.connected());
            m.put("where", r.where());
            m.put("steps", r.stepsDone());
            m.put("stepsSelfReported", r.stepsSelfReported());
            m.put("exercises", r.exerciseMarks());
            return m;
        }).toList();
        return GSON.toJson(Map.of("students", out));
    }
}
