package mqttlab.shell;

import java.io.PrintWriter;
import java.util.Collections;
import java.util.Set;
import java.util.concurrent.ConcurrentSkipListSet;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import mqttlab.broker.Broker;
import mqttlab.shell.building.LabBuilding;
import mqttlab.shell.lesson.LessonDesk;
import mqttlab.shell.session.Sessions;
import mqttlab.shell.trace.TapHub;
import org.jline.reader.LineReader;
import org.jline.terminal.Terminal;
import org.jline.utils.AttributedString;

/**
 * What a shell command may use: the broker (embedded or not), the client sessions, the terminal and
 * how to print on it (safely from any thread: above the prompt while a line is being typed), the
 * language, colours, and what the lab has seen (topics, the last tapped packet).
 * A command is a picocli {@code @Command} class with a constructor taking this context.
 */
public final class ShellContext {
    private final Terminal terminal;
    private final Messages messages;
    private final Styles styles;
    private final Endpoint endpoint;
    private final boolean interactive;
    private final Sessions sessions;
    private final Set<String> topicsSeen = new ConcurrentSkipListSet<>();
    private final ScheduledExecutorService scheduler;
    private final TapHub tap;
    private volatile LineReader reader;
    private volatile long lastAsyncOutput;
    private volatile boolean exitRequested;
    private final ShellOptions options;
    private volatile LabBuilding building;
    private volatile mqttlab.web.Projector projector;
    private volatile LessonDesk lessons;
    private volatile mqttlab.shell.exercise.ExerciseDesk exercises;
    private volatile mqttlab.exercises.progress.ProgressStore progressStore;

    public ShellContext(Terminal terminal, Messages messages, Styles styles, Endpoint endpoint, boolean interactive, ShellOptions options) {
        this.terminal = terminal;
        this.messages = messages;
        this.styles = styles;
        this.endpoint = endpoint;
        this.interactive = interactive;
        this.options = options;
        this.scheduler = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "shell-timer");
            t.setDaemon(true);
            return t;
        });
        this.sessions = new Sessions(this);
        this.tap = new TapHub(this);
    }

    public Terminal terminal() { return terminal; }

    public Messages messages() { return messages; }

    public String t(String m, Object... args) { return messages.get(m, args); }

    public Styles styles() { return styles; }

    public Endpoint endpoint() { return endpoint; }

    public ShellOptions options() { return options; }

    public boolean interactive() { return interactive; }

    public Sessions sessions() { return sessions; }

    public ScheduledExecutorService scheduler() { return scheduler; }

    /** The broker's packet tap as the shell uses it (trace, tree, topics, last packet). */
    public TapHub tap() { return tap; }

    /** The embedded broker, or a {@link ShellException} saying `command` needs it. */
    public mqttlab.broker.BrokerView broker(String command) { return endpoint.requireBroker(command, messages); }

    /** Topics seen so far (messages received by the shell's sessions, and the tap), for completion and `tree`. */
    public Set<String> topicsSeen() { return Collections.unmodifiableSet(topicsSeen); }

    public void sawTopic(String topic) { topicsSeen.add(topic); }

    /** The exact bytes of the last packet the tap saw, or null: for `decode last`. */
    public byte[] lastPacketBytes() { return tap.lastPacketBytes(); }

    /** The projector view, or null (an external broker, or it could not open). */
    public mqttlab.web.Projector projector() { return projector; }

    void projector(mqttlab.web.Projector p) { this.projector = p; }

    /** The simulated building, or null when the lab runs without it (--no-building). */
    public LabBuilding building() { return building; }

    void building(LabBuilding b) { this.building = b; }

    /** The lessons: the student's place in the course, fed with what happens in the lab. */
    public LessonDesk lessons() { return lessons; }

    void lessons(LessonDesk l) { this.lessons = l; }

    private volatile CommandRegistry registry;

    /** The commands this shell has (the classroom adds its own), for `help`; null before the shell runs. */
    public CommandRegistry registry() { return registry; }

    void registry(CommandRegistry r) { this.registry = r; }

    /** The exercises: tasks, hints, checks against this shell's broker and building, JShell. */
    public mqttlab.shell.exercise.ExerciseDesk exercises() { return exercises; }

    void exercises(mqttlab.shell.exercise.ExerciseDesk d) { this.exercises = d; }

    /** The learner's progress file (lessons, exercises, the chosen language). */
    public mqttlab.exercises.progress.ProgressStore progressStore() { return progressStore; }

    void progressStore(mqttlab.exercises.progress.ProgressStore s) { this.progressStore = s; }

    /** Terminal width in columns (80 when unknown). */
    public int width() {
        int w = terminal.getWidth();
        return w <= 0 ? 80 : w;
    }

    void attach(LineReader r) { this.reader = r; }

    private volatile String prompt = "";

    void prompt(String p) { this.prompt = p; }

    private volatile java.util.function.Supplier<String> promptSource;

    /** Where the prompt comes from (it names the session and the lesson step, so it changes as they do). */
    void promptSource(java.util.function.Supplier<String> source) { this.promptSource = source; }

    /**
     * Recomputes the prompt while a line is being read, e.g. after a lesson step completed on its own:
     * the next line printed above the prompt (or this redraw) shows the new one, without waiting for Enter.
     */
    public void refreshPrompt() {
        LineReader r = reader;
        java.util.function.Supplier<String> source = promptSource;
        if (r == null || source == null || !r.isReading()) return;
        String p = source.get();
        prompt = p;
        if (interactive && r instanceof org.jline.reader.impl.LineReaderImpl impl) {
            impl.setPrompt(p);
            try {
                r.callWidget(LineReader.REDRAW_LINE);
                r.callWidget(LineReader.REDISPLAY);
            } catch (IllegalStateException notReadingAnyMore) {
                // the line was just entered: the next prompt is computed afresh anyway
            }
        }
    }

    /** Marks now as the time of the last output, so {@link #settle} waits a full quiet period from here. */
    void markOutput() { lastAsyncOutput = System.nanoTime(); }

    public LineReader reader() { return reader; }

    /**
     * Prints a line: above the prompt when a line is being typed, plainly otherwise. Thread-safe.
     * Every line passes {@link mqttlab.shell.ui.TerminalLook#fit} here, so no control character
     * reaches the terminal and lines become ASCII where Unicode cannot be shown. On a terminal of known
     * width, a line wider than the screen is wrapped between words (its indent kept), never mid-word.
     */
    public void println(AttributedString text) {
        AttributedString line = styles.look().fit(text);
        int width = terminal.getWidth();
        if (width > 0 && line.columnLength() > width) {
            java.util.List<AttributedString> rows = new java.util.ArrayList<>();
            String plain = line.toString();
            int start = 0;
            for (int nl = plain.indexOf('\n'); ; nl = plain.indexOf('\n', start)) {  // rows a view made keep their own indent
                AttributedString row = line.subSequence(start, nl < 0 ? plain.length() : nl);
                if (row.columnLength() > width) rows.addAll(wrapped(row, width - 1)); else rows.add(row);
                if (nl < 0) break;
                start = nl + 1;
            }
            write(AttributedString.join(new AttributedString("\n"), rows));
        } else {
            write(line);
        }
    }

    /**
     * A line laid out already for this screen (lesson Markdown: prose wrapped by the renderer, code kept
     * verbatim so that a copy gives the exact source, which the terminal may wrap): printed as it is.
     */
    public void printLaidOut(AttributedString text) {
        write(styles.look().fit(text));
    }

    /** Wrapped between words; further rows keep the indent, and hang under the text after a mark such as ✔ or •. */
    private static java.util.List<AttributedString> wrapped(AttributedString line, int width) {
        String s = line.toString();
        int indent = 0;
        while (indent < s.length() && s.charAt(indent) == ' ') indent++;
        int space = s.indexOf(' ', indent);
        boolean marked = space > indent && space - indent <= 2 && !Character.isLetterOrDigit(s.codePointAt(indent));
        int hang = marked ? indent + new AttributedString(s.substring(indent, space + 1)).columnLength() : indent;
        if (hang > width / 2) indent = hang = 0;
        java.util.List<AttributedString> out = new java.util.ArrayList<>();
        AttributedString rest = line.subSequence(indent, line.length());
        java.util.List<AttributedString> rows = mqttlab.lessons.render.Wrap.wrap(rest, width - hang);
        for (int i = 0; i < rows.size(); i++) {
            int pad = i == 0 ? indent : hang;
            out.add(pad == 0 ? rows.get(i) : new org.jline.utils.AttributedStringBuilder().append(" ".repeat(pad)).append(rows.get(i)).toAttributedString());
        }
        return out;
    }

    private void write(AttributedString line) {
        LineReader r = reader;
        if (!interactive) {
            // A dumb terminal cannot redraw: print the line on its own, then the pending prompt again.
            synchronized (terminal) {
                PrintWriter w = terminal.writer();
                boolean reading = r != null && r.isReading();
                if (reading) w.println();
                w.println(line.toAnsi(terminal));
                if (reading) w.print(prompt);
                w.flush();
            }
        } else if (r != null) {
            r.printAbove(line);
        } else {
            synchronized (terminal) {
                PrintWriter w = terminal.writer();
                w.println(line.toAnsi(terminal));
                w.flush();
            }
        }
    }

    public void println(String line) { println(new AttributedString(line)); }

    /** Prints a line that arrived on its own (a message, a log line): also marks the time, so scripts can wait for quiet. */
    public void printAsync(AttributedString line) {
        lastAsyncOutput = System.nanoTime();
        println(line);
    }

    /** {@link #printLaidOut} for lesson text that came on its own (a step done by a packet). */
    public void printLaidOutAsync(AttributedString line) {
        lastAsyncOutput = System.nanoTime();
        printLaidOut(line);
    }

    /** One line saying what went wrong and how to do it right. */
    public void error(String message) {
        println(styles.styled(Styles.ERROR, message));
    }

    /** Waits until no asynchronous output came for {@code quietMillis}, at most {@code maxMillis}. */
    public void settle(long quietMillis, long maxMillis) {
        long deadline = System.nanoTime() + maxMillis * 1_000_000;
        try {
            while (System.nanoTime() < deadline) {
                long since = (System.nanoTime() - lastAsyncOutput) / 1_000_000;
                if (since >= quietMillis) return;
                Thread.sleep(Math.max(10, quietMillis - since));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private final java.util.List<java.util.function.BiConsumer<String, Integer>> exerciseListeners = new java.util.concurrent.CopyOnWriteArrayList<>();

    /**
     * The hook for exercises: call when {@code exercise} (e.g. "03") was passed with {@code score}.
     * Whoever listens hears it (a student in a class: the progress report to the instructor).
     */
    public void exercisePassed(String exercise, int score) {
        exerciseListeners.forEach(l -> l.accept(exercise, score));
    }

    /** Listens to {@link #exercisePassed}. */
    public void onExercisePassed(java.util.function.BiConsumer<String, Integer> listener) { exerciseListeners.add(listener); }

    private volatile String classUser;

    /**
     * A student's shell in class: the account it joined as. From then on the client ids asked for
     * on the class broker become the student's own ({@code -i owl} → {@code alice-owl}), as the
     * classroom's client id rule wants ({@link mqttlab.broker.auth.ClientIdOwnership}).
     */
    public void joinedClassAs(String user) { classUser = user; }

    /** The student's account in class; null outside a class. */
    public String classUser() { return classUser; }

    private volatile boolean onExercise;

    /** Whether the student's last move was to an exercise (`exercise NN`, `check NN`) rather than a lesson: plain `hint` follows it. */
    public boolean onExercise() { return onExercise; }

    public void onExercise(boolean yes) { onExercise = yes; }

    public void requestExit() { exitRequested = true; }

    public boolean exitRequested() { return exitRequested; }
}
