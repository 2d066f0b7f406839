package mqttlab.shell.lesson;

import mqttlab.text.Cause;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ScheduledExecutorService;
import mqttlab.broker.BrokerView;
import mqttlab.lessons.TapLessonEvents;
import mqttlab.lessons.LabEvent;
import mqttlab.lessons.LessonCatalog;
import mqttlab.lessons.LessonProgressStore;
import mqttlab.lessons.LessonSession;
import mqttlab.lessons.render.MarkdownRenderer;
import mqttlab.shell.Endpoint;
import mqttlab.shell.Printer;
import mqttlab.shell.ShellException;
import mqttlab.text.Text;
import org.jline.utils.AttributedString;

/**
 * The lessons in the shell: one {@link LessonSession} for the student, fed with every line typed, every
 * answer and decode, and (with the embedded broker) every packet the broker sees; what it says is
 * rendered from Markdown at the terminal's width. Progress is saved through a {@link LessonProgressStore}.
 */
public final class LessonDesk {
    private final Printer printer;
    private final ScheduledExecutorService scheduler;
    private final LessonSession session;
    private final LessonProgressStore store;
    private final String unavailable;
    private final TapLessonEvents tapEvents = new TapLessonEvents();
    private final List<AttributedString> held = new ArrayList<>();
    private boolean holding;
    private final java.util.List<java.util.function.Consumer<mqttlab.lessons.StepDone>> stepListeners = new java.util.concurrent.CopyOnWriteArrayList<>();

    private LessonDesk(Printer printer, ScheduledExecutorService scheduler, LessonSession session, LessonProgressStore store, String unavailable) {
        this.printer = printer;
        this.scheduler = scheduler;
        this.session = session;
        this.store = store;
        this.unavailable = unavailable;
    }

    /**
     * Finds the lessons and loads the progress; without lessons, every lesson command says why. The lessons'
     * places (hosts and ports in their commands) are the lab's {@code endpoint}; saving runs on {@code scheduler}.
     */
    public static LessonDesk open(Printer printer, ScheduledExecutorService scheduler, Endpoint endpoint, LessonProgressStore store,
                                  java.util.function.Supplier<LessonCatalog> lessons) {
        String lang = Text.lang().tag();
        LessonCatalog catalog;
        try {
            catalog = lessons.get();
        } catch (RuntimeException e) {
            return new LessonDesk(printer, scheduler, null, store, e.getMessage());
        }
        var progress = new java.util.HashMap<String, java.util.Set<Integer>>();
        try {
            progress.putAll(store.load());
        } catch (RuntimeException e) {
            printer.error(Text.t("shell.lesson.progress.unreadable", mqttlab.text.Cause.of(e)));
        }
        LessonDesk[] self = new LessonDesk[1];
        LessonSession s = new LessonSession(catalog, lang, progress, done -> self[0].stepDone(done));
        s.places(mqttlab.lessons.LabPlaces.around(endpoint.host(), endpoint.port()));
        self[0] = new LessonDesk(printer, scheduler, s, store, null);
        return self[0];
    }

    /**
     * Finds and reads the lessons ({@link LessonCatalog#locate}) on a thread of its own, from now: the shell starts
     * this first and takes the lessons when it opens its desk (issue 14). The supplier waits for them and throws
     * what {@code locate} threw.
     */
    public static java.util.function.Supplier<LessonCatalog> readInBackground() {
        String lang = Text.lang().tag();
        var reading = new java.util.concurrent.FutureTask<>(() -> {
            LessonCatalog c = LessonCatalog.locate();
            c.lessons(lang); // the language the shell speaks, parsed here too
            return c;
        });
        Thread t = new Thread(reading, "shell-lessons-read");
        t.setDaemon(true);
        t.start();
        return () -> {
            try {
                return reading.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while reading the lessons", e);
            } catch (java.util.concurrent.ExecutionException e) {
                if (e.getCause() instanceof RuntimeException r) throw r;
                if (e.getCause() instanceof Error err) throw err;
                throw new IllegalStateException(e.getCause());
            }
        };
    }

    /** Listens to the watched broker's (or relay's) tap and log (a broken connection shows only in the log). */
    public void listen(BrokerView broker) {
        if (session == null) return;
        broker.tap().listen(e -> tapEvents.of(e).forEach(this::offerAsync));
        broker.log().addListener(line -> TapLessonEvents.ofLogLine(line).ifPresent(this::offerAsync));
    }

    /** True when the lessons were found. */
    public boolean available() { return session != null; }

    /** The student's session, or a {@link ShellException} saying why there are no lessons. */
    public LessonSession session() {
        if (session == null) throw new ShellException(Text.t("shell.lessons.missing", unavailable));
        return session;
    }

    /** Offers an event the student caused by typing; what the lesson says is printed now. */
    public void offer(LabEvent e) {
        if (session != null) session.offer(e).ifPresent(this::print);
    }

    /** Offers an event that came on its own (the broker); printed above the prompt. */
    private void offerAsync(LabEvent e) {
        session.offer(e).ifPresent(md -> {
            List<AttributedString> said = lines(md);
            synchronized (held) {
                if (holding) {
                    held.addAll(said);
                    return;
                }
            }
            printer.refreshPrompt(); // the step moved on: the prompt (lab L6.5>) says so at once
            for (AttributedString l : said) printer.printLaidOutAsync(l);
        });
    }

    /**
     * While a typed command runs, what the lesson says about the packets it caused waits, so that "✔ step
     * done" comes after the command's own output, not in the middle of it. {@link #release()} prints it.
     */
    public void hold() {
        synchronized (held) { holding = true; }
    }

    /** Prints what the lesson said while the command ran, and from now on prints it as it comes. */
    public void release() {
        List<AttributedString> out;
        synchronized (held) {
            holding = false;
            out = new ArrayList<>(held);
            held.clear();
        }
        for (AttributedString l : out) printer.printLaidOutAsync(l);
    }

    /** Prints lesson Markdown at the terminal's width. */
    public void print(String markdown) {
        for (AttributedString l : lines(markdown)) printer.printLaidOut(l);
    }

    private java.util.List<AttributedString> lines(String markdown) {
        var lines = MarkdownRenderer.lines(markdown, Math.min(printer.width(), 100));
        return printer.styles().colour() ? lines : lines.stream().map(l -> new AttributedString(l.toString())).toList();
    }

    /** For the prompt: {@code L7.3}, or empty. */
    public String where() { return session == null ? "" : session.prompt(); }

    public Optional<LessonSession> maybe() { return Optional.ofNullable(session); }

    /** Runs {@code listener} after each step done (on the thread that noticed it), after the save is queued. */
    public void onStepDone(java.util.function.Consumer<mqttlab.lessons.StepDone> listener) { stepListeners.add(listener); }

    private void stepDone(mqttlab.lessons.StepDone done) {
        saveSoon();
        stepListeners.forEach(l -> l.accept(done));
    }

    private void saveSoon() {
        scheduler.execute(() -> {
            try {
                store.save(session.progress());
            } catch (RuntimeException e) {
                printer.error(Text.t("shell.lesson.progress.unsaved", mqttlab.text.Cause.of(e)));
            }
        });
    }
}
