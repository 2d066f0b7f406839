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
        s.link = ClassLink.open(spec, true, s::onMessage, new ClassLink.Listener() {
            @Override public void up(boolean first, boolean sessionPresent) {
                if (!first) {
                    ProgressReporter r = s.reporter;
                    if (r != null) r.republish();
                    events.accept(new ClassEvent.Back(sessionPresent));
                }
            }

            @Override public void down(String reason, boolean retrying) {
                events.accept(retrying ? new ClassEvent.Lost(reason) : new ClassEvent.Refused(reason));
            }
        });
        s.reporter = new ProgressReporter(s.link, local);
        try {
            s.link.subscribe(ClassTopics.CLASS_ALL).get(10, TimeUnit.SECONDS);
        } catch (Exception e) {
            s.close();
            throw new JoinException("Joined, but could not subscribe to the class channel: " + ClassLink.reason(e.getCause()), e);
        }
        events.accept(new ClassEvent.Joined(spec.address(), spec.user())); // the class channel is live from here on
        s.reporter.republish();
        return s;
    }

    public ProgressReporter reporter() { return reporter; }

    public boolean connected() { return link.connected(); }

    public String user() { return link.spec().user(); }

    public JoinSpec spec() { return link.spec(); }

    private void onMessage(String topic, byte[] payload) {
        String text = new String(payload, StandardCharsets.UTF_8).strip();
        if (text.isEmpty()) return; // a cleared retained message
        switch (topic) {
            case ClassTopics.ANNOUNCE -> events.accept(new ClassEvent.Announcement(text));
            case ClassTopics.LESSON -> {
                try {
                    events.accept(new ClassEvent.LessonSuggested(Integer.parseInt(text)));
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
        if (link != null) link.close();
    }
}
