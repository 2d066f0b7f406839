package mqttlab.classroom;

import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * A student's side of the classroom ({@code mqttlab --join HOST[:PORT] --user NAME}): one persistent
 * MQTT 5 session to the instructor's broker, the {@link ProgressReporter}, and the class channel
 * ({@code lab/class/#}: announcements, the suggested lesson, the A/C permission). Everything the
 * shell should print arrives as a {@link ClassEvent} on the callback, including "the instructor's
 * lab went away" and "is back"; the link reconnects by itself.
 */
public final class StudentSession implements AutoCloseable {
    private final Consumer<ClassEvent> events;
    private volatile ClassLink link;
    private volatile ProgressReporter reporter;
    private volatile boolean acAllowed;
    /** The lesson last suggested: the same suggestion again (a second subscription, a re-sent state) is not news. */
    private volatile int lessonSuggested;
    private volatile boolean closed;

    private StudentSession(Consumer<ClassEvent> events) {
        this.events = events;
    }

    /**
     * Joins the class: connects (a refused account or an unreachable broker is a {@link JoinException}
     * with a message for people), subscribes to the class channel and publishes {@code local} (the
     * student's local progress; null publishes nothing until {@link ProgressReporter#report}).
     */
    public static StudentSession join(JoinSpec spec, ProgressReport local, Consumer<ClassEvent> events) throws JoinException {
        Objects.requireNonNull(events, "events");
        StudentSession s = new StudentSession(events);
        s.link = s.connect(spec);
        s.reporter = new ProgressReporter(s.link, local);
        events.accept(new ClassEvent.Joined(spec.address(), spec.user())); // the class channel is live from here on
        s.present();
        s.reporter.republish();
        return s;
    }

    /** One link to the class broker, subscribed to the class channel. */
    private ClassLink connect(JoinSpec spec) throws JoinException {
        ClassLink.Will will = new ClassLink.Will(ClassTopics.presence(spec.user()), ClassTopics.OFFLINE);
        ClassLink l = ClassLink.open(spec, true, will, this::onMessage, new ClassLink.Listener() {
            @Override public void up(boolean first, boolean sessionPresent) {
                if (!first) {
                    present();
                    ProgressReporter r = reporter;
                    if (r != null) r.republish();
                    events.accept(new ClassEvent.Back(sessionPresent));
                }
            }

            @Override public void down(String reason, boolean retrying) {
                events.accept(retrying ? new ClassEvent.Lost(reason) : new ClassEvent.Refused(reason));
            }

            @Override public void takenOver(String by, String clientId) {
                rejoin(by, clientId);
            }
        });
        try {
            l.subscribe(ClassTopics.CLASS_ALL).get(10, TimeUnit.SECONDS);
            // the retained lesson and A/C state by name too: some brokers (RabbitMQ 3.10) give retained
            // messages only to a subscription without wildcards
            l.subscribe(ClassTopics.LESSON).get(10, TimeUnit.SECONDS);
            l.subscribe(ClassTopics.AC).get(10, TimeUnit.SECONDS);
        } catch (Exception e) {
            l.close();
            throw new JoinException(mqttlab.text.Text.t("class.join.no.channel", ClassLink.reason(e.getCause())), e);
        }
        return l;
    }

    /**
     * Someone took this lab's client id: under the classroom's rule only the same account can, so it is
     * the student's own other lab or program. This lab stays in class under a fresh id of its own
     * (taking the old id back would start a tug of war), says who did it, and sends its progress again.
     */
    private void rejoin(String by, String oldId) {
        if (closed) return;
        JoinSpec fresh = link.spec().withClientId(mqttlab.broker.connect.ClientIds.owned(link.spec().user(), "lab"));
        events.accept(new ClassEvent.TakenOver(by, oldId, fresh.clientId()));
        Thread t = new Thread(() -> {
            try {
                ClassLink old = link;
                ClassLink now = connect(fresh);
                if (closed) {
                    now.close();
                    return;
                }
                link = now;
                old.close();
                ProgressReporter r = reporter;
                if (r != null) r.moveTo(now);
                present();
                if (r != null) r.republish();
                events.accept(new ClassEvent.Rejoined(fresh.clientId()));
            } catch (JoinException e) {
                events.accept(new ClassEvent.Refused(e.getMessage()));
            }
        }, "class-rejoin");
        t.setDaemon(true);
        t.start();
    }

    /** Tells the console this lab is here (the will says the opposite if the link dies). */
    private void present() {
        link.publish(ClassTopics.presence(link.spec().user()), ClassTopics.ONLINE, false);
    }

    /** True when the class broker took MQTT 5; false when the link fell back to MQTT 3.1.1. */
    public boolean mqtt5() { return link.mqtt5(); }

    public ProgressReporter reporter() { return reporter; }

    public boolean connected() { return link.connected(); }

    public String user() { return link.spec().user(); }

    public JoinSpec spec() { return link.spec(); }

    private void onMessage(String topic, byte[] payload) {
        String text = new String(payload, StandardCharsets.UTF_8).strip();
        if (text.isEmpty()) return; // a cleared retained message
        switch (topic) {
            case ClassTopics.ANNOUNCE -> events.accept(new ClassEvent.Announcement(text));
            case ClassTopics.ROLLCALL -> {
                present();
                ProgressReporter r = reporter;
                if (r != null) r.republish();
            }
            case ClassTopics.LESSON -> {
                try {
                    int n = Integer.parseInt(text);
                    if (n != lessonSuggested) events.accept(new ClassEvent.LessonSuggested(n));
                    lessonSuggested = n;
                } catch (NumberFormatException ignored) {
                    // not a lesson number: someone else's message, not for the shell
                }
            }
            case ClassTopics.AC -> {
                boolean allowed = "allowed".equals(text);
                if (allowed != acAllowed) events.accept(new ClassEvent.AcPermission(allowed)); // news only when it changes
                acAllowed = allowed;
            }
            default -> { }
        }
    }

    /** Leaves the class cleanly; the session stays at the broker until it expires, so a rejoin misses nothing. */
    @Override
    public void close() {
        closed = true;
        if (link == null) return;
        if (link.connected()) {
            try {
                link.publish(ClassTopics.presence(link.spec().user()), ClassTopics.OFFLINE, false).get(2, TimeUnit.SECONDS);
            } catch (Exception ignored) {
                // leaving anyway; the console learns it from the broker's client list or never hears "online" again
            }
        }
        link.close();
    }
}
