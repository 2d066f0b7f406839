package mqttlab.exercises.shell;

import static mqttlab.text.Text.t;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import mqttlab.broker.tap.Direction;
import mqttlab.broker.tap.TapEvent;
import mqttlab.exercises.Attempt;
import mqttlab.exercises.Criterion;
import mqttlab.exercises.Grader;
import mqttlab.protocol.packet.Packet;
import mqttlab.protocol.packet.PubComp;
import mqttlab.protocol.packet.PubRec;
import mqttlab.protocol.packet.PubRel;
import mqttlab.protocol.packet.Publish;
import mqttlab.protocol.packet.Qos;

/**
 * Exercise 08: a QoS 2 PUBLISH from the student, its handshake followed by packet identifier in the
 * tap, and the student's written order compared with the order the tap saw.
 */
public final class Qos2FlowGrader implements Grader {
    static final String TOPIC = "building/notes";

    @Override
    public List<Criterion> grade(Attempt a) throws Exception {
        Seen seen = new Seen(a);
        List<Criterion> out = new ArrayList<>();
        List<Seen.Ev<Publish>> pubs = seen.fromStudent(Publish.class).stream().filter(e -> e.packet().topic().equals(TOPIC)).toList();
        Optional<Seen.Ev<Publish>> q2 = pubs.stream().filter(e -> e.packet().qos() == Qos.EXACTLY_ONCE).reduce((x, y) -> y);
        if (q2.isEmpty()) {
            out.add(Criterion.fail(pubs.isEmpty() ? t("grade.08.no.publish", TOPIC)
                    : t("grade.08.wrong.qos", TOPIC, pubs.get(pubs.size() - 1).packet().qos().value(),
                        t(pubs.get(pubs.size() - 1).packet().qos() == Qos.AT_LEAST_ONCE ? "grade.08.flow.qos1" : "grade.08.flow.qos0"))));
            out.add(answer(a, null));
            return out;
        }
        out.add(Criterion.pass(t("grade.08.published", TOPIC, q2.get().packet().packetId())));
        List<String> order = new ArrayList<>();
        for (TapEvent e : seen.events) {
            if (e.seq() < q2.get().seq() || !q2.get().client().equals(e.clientId())) continue;
            Packet p = e.packet();
            boolean ours = p.packetId() == q2.get().packet().packetId();
            boolean handshake = (p instanceof Publish pub && pub.qos() == Qos.EXACTLY_ONCE && e.direction() == Direction.IN)
                    || (p instanceof PubRec && e.direction() == Direction.OUT) || (p instanceof PubRel && e.direction() == Direction.IN)
                    || (p instanceof PubComp && e.direction() == Direction.OUT);
            if (ours && handshake && order.size() < 4) order.add(p.type().name());
        }
        String seenOrder = String.join(" ", order);
        out.add(Criterion.of(order.size() == 4, t("grade.08.whole", String.join(" → ", order)),
                t("grade.08.partial", String.join(" → ", order), q2.get().packet().packetId())));
        out.add(answer(a, order.size() == 4 ? seenOrder : null));
        return out;
    }

    private static Criterion answer(Attempt a, String observed) throws java.io.IOException {
        Path f = a.file("answers.txt");
        String written = null;
        if (Files.isRegularFile(f)) {
            for (String line : Files.readAllLines(f)) {
                String s = line.strip();
                if (s.startsWith("order") && s.contains("=")) written = s.substring(s.indexOf('=') + 1).strip();
            }
        }
        if (written == null || written.isEmpty() || written.equals("?")) return Criterion.fail(t("grade.08.unanswered"));
        String norm = String.join(" ", written.toUpperCase(Locale.ROOT).replaceAll("[^A-Z]+", " ").strip().split(" "));
        if (observed == null) return Criterion.fail(t("grade.08.nothing.to.compare", written));
        return Criterion.of(norm.equals(observed), t("grade.08.order.right", observed),
                t("grade.08.order.wrong", norm, observed.replace(" ", " → ")));
    }
}
