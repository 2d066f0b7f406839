package mqttlab.classroom;

import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.IntSupplier;
import mqttlab.building.Building;

import static mqttlab.text.Text.t;

/**
 * The instructor's levers, each returning the lines to print: {@code class announce TEXT},
 * {@code class lesson N}, {@code class allow ac} / {@code class deny ac} (the
 * {@link ClassroomAuthorizer}'s switch, announced on {@code lab/class/ac}), and
 * {@code class reset-building}. Messages go out through the instructor console's own connection.
 */
public final class ClassControl {
    private final ClassLink console;
    private final ClassroomAuthorizer authorizer;
    private final Building building;
    private final IntSupplier online;

    private final java.util.function.Supplier<List<mqttlab.broker.RetainedInfo>> retained;
    /** On an upstream broker (no authorizer of ours): the A/C filter, and what was last announced. */
    private final String upstreamAcFilter;
    private volatile boolean upstreamAcAllowed;

    ClassControl(ClassLink console, ClassroomAuthorizer authorizer, Building building, IntSupplier online,
                 java.util.function.Supplier<List<mqttlab.broker.RetainedInfo>> retained) {
        this(console, authorizer, building, online, retained, null);
    }

    /** {@code authorizer} null: the class runs on an upstream broker, whose own ACL decides on {@code upstreamAcFilter}. */
    ClassControl(ClassLink console, ClassroomAuthorizer authorizer, Building building, IntSupplier online,
                 java.util.function.Supplier<List<mqttlab.broker.RetainedInfo>> retained, String upstreamAcFilter) {
        this.upstreamAcFilter = upstreamAcFilter;
        this.retained = retained;
        this.console = console;
        this.authorizer = authorizer;
        this.building = building;
        this.online = online;
    }

    /** {@code class announce TEXT}: QoS 1 to every student's lab (those away get it when they reconnect). */
    public List<String> announce(String text) {
        if (text == null || text.isBlank()) return List.of(t("classroom.usage", "class announce TEXT"));
        send(ClassTopics.ANNOUNCE, text.strip(), false);
        return List.of(t("classroom.announced", students(online.getAsInt())));
    }

    /** {@code class lesson N}: retained, so students who join later see it too. */
    public List<String> lesson(int n) {
        if (n < 1 || n > 99) return List.of(t("classroom.lesson.range", n));
        send(ClassTopics.LESSON, String.valueOf(n), true);
        return List.of(t("classroom.lesson.suggested", n));
    }

    /** {@code class allow ac}: students may publish to {@code building/+/ac/set} until {@code class deny ac}. */
    public List<String> allowAc() {
        if (authorizer == null) {
            upstreamAcAllowed = true;
            send(ClassTopics.AC, "allowed", true);
            return List.of(t("class.upstream.ac", upstreamAcFilter));
        }
        authorizer.allowAc(true);
        send(ClassTopics.AC, "allowed", true);
        return List.of(t("classroom.ac.allowed", authorizer.acFilter()));
    }

    public List<String> denyAc() {
        if (authorizer == null) {
            upstreamAcAllowed = false;
            send(ClassTopics.AC, "denied", true);
            return List.of(t("class.upstream.ac", upstreamAcFilter));
        }
        authorizer.allowAc(false);
        send(ClassTopics.AC, "denied", true);
        clearRetainedAcCommands();
        return List.of(t("classroom.ac.denied", authorizer.acFilter()));
    }

    /** A retained {@code building/101/ac/set ON} would switch a unit on again whenever it reconnects: cleared (empty retained). */
    private void clearRetainedAcCommands() {
        for (var r : retained.get()) {
            if (mqttlab.protocol.topic.TopicMatcher.matches(authorizer.acFilter(), r.topic())) send(r.topic(), "", true);
        }
    }

    public boolean acAllowed() { return authorizer == null ? upstreamAcAllowed : authorizer.acAllowed(); }

    /** {@code class reset-building}: the seed's start state, every A/C off. */
    public List<String> resetBuilding() {
        if (building == null) return List.of(t("classroom.no.building"));
        clearRetainedAcCommands();
        building.reset();
        return List.of(t("classroom.building.reset", building.config().rooms().size()));
    }

    /** {@code lab/class/rollcall}: every student's lab sends its presence and progress again. */
    void rollCall() {
        send(ClassTopics.ROLLCALL, "1", false);
    }

    private void send(String topic, String payload, boolean retain) {
        try {
            console.publish(topic, payload, retain).get(5, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException(t("classroom.publish.failed", topic, ClassLink.reason(e.getCause() == null ? e : e.getCause())));
        }
    }

    /** "1 student", "3 students"; in Korean "학생 3명". */
    static String students(int n) {
        return t(n == 1 ? "classroom.students.one" : "classroom.students.many", n);
    }
}
