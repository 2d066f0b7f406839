package mqttlab.lessons;

import mqttlab.protocol.topic.TopicMatcher;
import mqttlab.protocol.topic.TopicFilter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A helpful word for an action that is related to the step but not what it asks: right topic with the
 * wrong QoS, a filter with a leading slash, a wrong answer. Unrelated events get nothing, so the
 * building's traffic never chatters at the student.
 */
public final class NearMiss {
    private NearMiss() {}

    public static Optional<String> of(StepCheck check, LabEvent event, String lang) {
        if (check.satisfiedBy(event)) return Optional.empty();
        String key = null;
        Object[] args = {};
        if (check instanceof StepCheck.SubscriptionMade c && event instanceof LabEvent.SubscriptionMade s) {
            String f = s.filter();
            boolean rightFilter = c.filter().map(f::equals).orElse(true) && c.topic().map(t -> (TopicFilter.isValid(f) && TopicMatcher.matches(f, t))).orElse(true);
            if (!TopicFilter.isValid(f)) { key = "sub.invalid"; args = new Object[] {f}; }
            else if (rightFilter) { key = "sub.qos"; args = new Object[] {f, s.qos(), c.qos().orElse(0)}; }
            else if (c.filter().isPresent() && f.startsWith("/") && !c.filter().get().startsWith("/")) { key = "sub.slash"; args = new Object[] {f, c.filter().get()}; }
            else if (c.filter().isPresent()) { key = "sub.other"; args = new Object[] {f, c.filter().get()}; }
            else { key = "sub.nomatch"; args = new Object[] {f, c.topic().orElse("")}; }
        } else if (check instanceof StepCheck.PublishSeen c && event instanceof LabEvent.MessagePublished p) {
            if (StepCheck.topicMatches(c.topic(), p.topic())) {
                if (c.qos().isPresent() && c.qos().getAsInt() != p.qos()) { key = "pub.qos"; args = new Object[] {p.qos(), c.qos().getAsInt()}; }
                else if (c.payload().isPresent() && !c.payload().get().equals(p.payload())) { key = "pub.payload"; args = new Object[] {p.payload(), c.payload().get()}; }
                else if (c.retain().isPresent()) { key = c.retain().get() ? "pub.retain.on" : "pub.retain.off"; }
            } else if (p.topic().startsWith("/") && StepCheck.topicMatches(c.topic(), p.topic().substring(1))) {
                key = "pub.slash"; args = new Object[] {p.topic(), p.topic().substring(1)};
            } else { key = "pub.topic"; args = new Object[] {p.topic(), c.topic()}; }
        } else if (check instanceof StepCheck.RetainedPresent c && event instanceof LabEvent.MessagePublished p
                && StepCheck.topicMatches(c.topic(), p.topic())) {
            key = !p.retain() ? "pub.retain.on" : "ret.empty";
            args = new Object[] {p.topic()};
        } else if (check instanceof StepCheck.MessageReceived c && event instanceof LabEvent.MessageDelivered d
                && StepCheck.topicMatches(c.topic(), d.topic())) {
            key = "recv.flags"; args = new Object[] {d.topic(), wanted(c)};
        } else if (check instanceof StepCheck.CommandRun c && event instanceof LabEvent.CommandRun r && c.nameMatches(r)) {
            key = "cmd.args"; args = new Object[] {r.line().strip(), c.name(), c.contains().orElse("")};
        } else if (check instanceof StepCheck.PacketDecoded c && event instanceof LabEvent.PacketDecoded d) {
            key = "dec.type"; args = new Object[] {d.typeName(), c.type().orElse("")};
        } else if (check instanceof StepCheck.AnswerGiven && event instanceof LabEvent.AnswerTyped) {
            key = "ans.wrong";
        } else if (check instanceof StepCheck.Connected c && event instanceof LabEvent.ClientConnected k
                && c.clientId().map(k.clientId()::equals).orElse(true)) {
            if (c.cleanSession().isPresent() && c.cleanSession().get() != k.cleanSession()) key = k.cleanSession() ? "con.clean.on" : "con.clean.off";
            else if (c.sessionPresent().orElse(false) && !k.sessionPresent()) key = "con.nosession";
            args = new Object[] {k.clientId()};
        } else if (check instanceof StepCheck.BrokerProbed c && event instanceof LabEvent.BrokerProbed p) {
            args = new Object[] {p.port(), c.port()};
            if (p.port() != c.port()) key = "probe.port";
            else if (!p.answered()) key = "probe.nothing";
            else if (c.remote().orElse(false) && p.remote().isEmpty()) key = "probe.remote.unknown";
            else if (c.remote().isPresent() && !p.remote().equals(c.remote())) key = c.remote().get() ? "probe.local" : "probe.open";
            else if (c.published().orElse(false)) key = "probe.nopublish";
        } else if (check instanceof StepCheck.Disconnected c && event instanceof LabEvent.ClientDisconnected d
                && c.clientId().map(d.clientId()::equals).orElse(true) && c.graceful().isPresent()) {
            key = d.graceful() ? "dis.graceful" : "dis.abrupt";
            args = new Object[] {d.clientId()};
        }
        return key == null ? Optional.empty() : Optional.of(mqttlab.text.Text.in(lang, "course." + key, args));
    }

    private static String wanted(StepCheck.MessageReceived c) {
        List<String> parts = new ArrayList<>();
        c.retain().ifPresent(r -> parts.add("RETAIN=" + (r ? 1 : 0)));
        c.dup().ifPresent(r -> parts.add("DUP=" + (r ? 1 : 0)));
        c.qos().ifPresent(q -> parts.add("QoS " + q));
        c.payload().ifPresent(p -> parts.add("`" + p + "`"));
        return String.join(", ", parts);
    }
}
