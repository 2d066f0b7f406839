package mqttlab.shell;

import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentSkipListSet;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.function.BiConsumer;
import mqttlab.building.BrokerAddress;
import mqttlab.building.BuildingConfig;
import mqttlab.exercises.progress.ProgressStore;
import mqttlab.lessons.LessonProgressStore;
import mqttlab.shell.building.LabBuilding;
import mqttlab.shell.exercise.ExerciseDesk;
import mqttlab.shell.lesson.LessonDesk;
import mqttlab.shell.session.Sessions;
import mqttlab.shell.trace.TapHub;
import org.jline.reader.LineReader;
import org.jline.terminal.Terminal;
import org.jline.utils.AttributedString;

/**
 * What a shell command may use: the broker (embedded or not), the client sessions, the terminal and
 * how to print on it (a {@link Printer}), the language, colours, the lessons, exercises and building,
 * and what the lab has seen (topics, the last tapped packet). Built complete: every part exists once
 * the constructor returns (the building and the projector start later, when the shell loop does).
 * A command is a picocli {@code @Command} class with a constructor taking this context.
 */
public final class ShellContext {
    private final Printer printer;
    private final Messages messages;
    private final Endpoint endpoint;
    private final ShellOptions options;
    private final ScheduledExecutorService scheduler;
    private final Set<String> topicsSeen = new ConcurrentSkipListSet<>();
    private final Sessions sessions;
    private final TapHub tap;
    private final LessonDesk lessons;
    private final LabBuilding building;
    private final ProgressStore progressStore;
    private final ExerciseDesk exercises;
    private final CommandRegistry registry;
    private final ProjectorView projector;
    private final List<BiConsumer<String, Integer>> exerciseListeners = new CopyOnWriteArrayList<>();
    private volatile String classUser;
    private volatile boolean onExercise;
    private volatile boolean exitRequested;

    /**
     * The shell's parts over {@code endpoint}: lessons listening to its tap, the building {@code addOn} brings
     * (or, unless --no-building, one to start against the endpoint), and exercises recording the broker's packets
     * from now on, for `check`.
     */
    public ShellContext(Printer printer, Messages messages, Endpoint endpoint, ShellOptions options, ShellAddOn addOn,
                        LessonProgressStore lessonProgress, ProgressStore progressStore, CommandRegistry registry,
                        java.util.function.Supplier<mqttlab.lessons.LessonCatalog> lessonCatalog) {
        this.printer = printer;
        this.messages = messages;
        this.endpoint = endpoint;
        this.options = options;
        this.progressStore = progressStore;
        this.registry = registry;
        this.scheduler = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "shell-timer");
            t.setDaemon(true);
            return t;
        });
        this.sessions = new Sessions(printer, endpoint, scheduler, topicsSeen::add);
        this.tap = new TapHub(printer, endpoint, scheduler, topicsSeen::add);
        this.lessons = LessonDesk.open(printer, scheduler, endpoint, lessonProgress, lessonCatalog);
        if (endpoint.view() != null) lessons.listen(endpoint.view());
        this.building = addOn.building() != null ? LabBuilding.running(addOn.building())
                : options.noBuilding() ? null : LabBuilding.toStart(BuildingConfig.defaults(), address(endpoint));
        this.exercises = ExerciseDesk.open(endpoint, progressStore, building, options.noBuilding());
        this.projector = endpoint.embedded() ? new ProjectorView(endpoint, options, addOn, tap, building, printer) : null;
    }

    private static BrokerAddress address(Endpoint e) {
        BrokerAddress address = BrokerAddress.of(e.host(), e.port());
        return e.user() == null ? address : address.withCredentials(e.user(), e.password());
    }

    public Printer printer() { return printer; }

    public Terminal terminal() { return printer.terminal(); }

    public Messages messages() { return messages; }

    public String t(String m, Object... args) { return messages.get(m, args); }

    public Styles styles() { return printer.styles(); }

    public Endpoint endpoint() { return endpoint; }

    public ShellOptions options() { return options; }

    public boolean interactive() { return printer.interactive(); }

    public Sessions sessions() { return sessions; }

    public ScheduledExecutorService scheduler() { return scheduler; }

    /** The broker's packet tap as the shell uses it (trace, tree, topics, last packet). */
    public TapHub tap() { return tap; }

    /** The embedded broker, or a {@link ShellException} saying `command` needs it. */
    public mqttlab.broker.BrokerView broker(String command) { return endpoint.requireBroker(command, messages); }

    /** Topics seen so far (messages received by the shell's sessions, and the tap), for completion and `tree`. */
    public Set<String> topicsSeen() { return Collections.unmodifiableSet(topicsSeen); }

    /** The exact bytes of the last packet the tap saw, or null: for `decode last`. */
    public byte[] lastPacketBytes() { return tap.lastPacketBytes(); }

    /** The projector view, or null (an external broker, not open yet, or it could not open). */
    public mqttlab.web.Projector projector() { return projector == null ? null : projector.projector(); }

    /** Opens the projector view beside the embedded broker (the shell loop does, once its first session and building started). */
    ProjectorView projectorView() { return projector; }

    /** The simulated building, or null when the lab runs without it (--no-building). */
    public LabBuilding building() { return building; }

    /** The lessons: the student's place in the course, fed with what happens in the lab. */
    public LessonDesk lessons() { return lessons; }

    /** The commands this shell has (the classroom adds its own), for `help`. */
    public CommandRegistry registry() { return registry; }

    /** The exercises: tasks, hints, checks against this shell's broker and building, JShell. */
    public ExerciseDesk exercises() { return exercises; }

    /** The learner's progress file (lessons, exercises, the chosen language). */
    public ProgressStore progressStore() { return progressStore; }

    /** Terminal width in columns (80 when unknown). */
    public int width() { return printer.width(); }

    public LineReader reader() { return printer.reader(); }

    /** {@link Printer#println(AttributedString)}. */
    public void println(AttributedString text) { printer.println(text); }

    public void println(String line) { printer.println(line); }

    /** {@link Printer#printAsync}: a line that arrived on its own. */
    public void printAsync(AttributedString line) { printer.printAsync(line); }

    /** One line saying what went wrong and how to do it right. */
    public void error(String message) { printer.error(message); }

    /**
     * The hook for exercises: call when {@code exercise} (e.g. "03") was passed with {@code score}.
     * Whoever listens hears it (a student in a class: the progress report to the instructor).
     */
    public void exercisePassed(String exercise, int score) {
        exerciseListeners.forEach(l -> l.accept(exercise, score));
    }

    /** Listens to {@link #exercisePassed}. */
    public void onExercisePassed(BiConsumer<String, Integer> listener) { exerciseListeners.add(listener); }

    /**
     * A student's shell in class: the account it joined as. From then on the client ids asked for
     * on the class broker become the student's own ({@code -i owl} → {@code alice-owl}), as the
     * classroom's client id rule wants ({@link mqttlab.broker.auth.ClientIdOwnership}).
     */
    public void joinedClassAs(String user) { classUser = user; }

    /** The student's account in class; null outside a class. */
    public String classUser() { return classUser; }

    /** Whether the student's last move was to an exercise (`exercise NN`, `check NN`) rather than a lesson: plain `hint` follows it. */
    public boolean onExercise() { return onExercise; }

    public void onExercise(boolean yes) { onExercise = yes; }

    public void requestExit() { exitRequested = true; }

    public boolean exitRequested() { return exitRequested; }
}
