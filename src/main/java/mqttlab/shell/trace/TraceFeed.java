package mqttlab.shell.trace;

import com.google.gson.Gson;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import mqttlab.broker.Broker;
import mqttlab.broker.tap.TapEvent;
import mqttlab.protocol.packet.Publish;
import mqttlab.shell.ui.SequenceDiagram;
import mqttlab.web.LabTopics;

/**
 * Publishes {@link LabTopics#TRACE}: the last message a student's client published, as `trace last`
 * draws it (the same {@link Journey} and diagram), for the projector page. The page's own copy of the
 * message is left out of the drawing, as an observer should be. Checked once a tick; published when it changed.
 */
public final class TraceFeed implements Runnable {
    private static final Gson GSON = new Gson();
    private final Broker broker;
    private final TapHub tap;
    private String last;

    public TraceFeed(Broker broker, TapHub tap) {
        this.broker = broker;
        this.tap = tap;
    }

    @Override
    public void run() {
        Journey j = Journey.last(tap.recent(), TraceScope.STUDENT::starts);
        if (j == null) return;
        String now = json(j);
        if (now.equals(last)) return;
        last = now;
        broker.publishOwn(LabTopics.TRACE, now.getBytes(StandardCharsets.UTF_8), true);
    }

    /** {lanes, steps: [{from, to, label, downgrade, hex}], topic, qos}: lanes and steps as the diagram has them. */
    static String json(Journey j) {
        List<TapEvent> shown = j.events().stream().filter(e -> !LabTopics.projector(e.clientId()) || e.clientId().equals(j.publisher())).toList();
        Journey drawn = new Journey(j.publisher(), j.publish(),
                j.subscribers().stream().filter(s -> !LabTopics.projector(s)).toList(), shown);
        SequenceDiagram d = drawn.diagram();
        List<Map<String, Object>> steps = new ArrayList<>();
        for (SequenceDiagram.Step s : d.steps()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("from", s.from());
            m.put("to", s.to());
            m.put("label", s.label());
            m.put("downgrade", s.stress());
            m.put("hex", s.bytes() == null ? "" : HexFormat.ofDelimiter(" ").formatHex(s.bytes(), 0, Math.min(s.bytes().length, 32)));
            steps.add(m);
        }
        Map<String, Object> out = new LinkedHashMap<>();
        Publish p = j.publish();
        out.put("topic", p.topic());
        out.put("qos", p.qos().value());
        out.put("dup", p.dup());
        out.put("lanes", d.lanes());
        out.put("steps", steps);
        return GSON.toJson(out);
    }
}
