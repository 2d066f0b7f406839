package mqttlab.classroom;

import mqttlab.text.Cause;
import mqttlab.text.Text;

import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import mqttlab.broker.Broker;
import mqttlab.broker.BrokerStartException;
import mqttlab.broker.ClientInfo;
import mqttlab.broker.auth.ClientIdOwnership;
import mqttlab.broker.auth.ListenerSecurity;
import mqttlab.broker.connect.ConnectionQuota;
import mqttlab.broker.config.BrokerConfig;
import mqttlab.broker.config.ConfigException;
import mqttlab.building.BrokerAddress;
import mqttlab.building.Building;
import mqttlab.building.BuildingConfig;
import mqttlab.building.BuildingStartException;
import mqttlab.exercises.ExerciseCatalog;
import mqttlab.exercises.lab.EmbeddedLab;
import mqttlab.lessons.LessonCatalog;

/**
 * The instructor's lab, and its composition root: the broker on the config's listeners with its
 * password file and ACL wrapped by {@link ClassroomPasswords} and {@link ClassroomAuthorizer}, the
 * building connected as the internal {@code building} account, the instructor console's own
 * connection (internal {@code instructor} account) that feeds the {@link Scoreboard} and sends
 * {@link ClassControl}'s messages, and the {@link Roster}.
 */
public final class Classroom implements AutoCloseable {
    /** The console's client id: the instructor's, by the classroom's client id rule ({@link ClientIdOwnership}). */
    static final String CONSOLE_CLIENT_ID = ClassroomAuthorizer.CONSOLE + "-console";
    private final Broker broker;
    private final Building building;
    private final ClassLink console;
    private final Roster roster;
    private final Scoreboard scoreboard;
    private final ClassControl control;
    private final String consolePassword;

    private final ClassGrader grader;
    private List<mqttlab.text.Phrase> warnings = List.of();
    private String projectorPassword;
    /** The upstream broker the class runs on, or null when the lab runs its own ({@link #broker}). */
    private ClassAddress upstream;
    private java.util.function.Supplier<List<String>> students;

    /**
     * What the instructor must hear at start, in the lab's language: the config, password and ACL
     * files' warnings (the broker's log has them in English, as mosquitto's), accounts that still
     * have the example passwords printed in the config, an upstream broker without MQTT 5.
     */
    public List<String> warnings() { return warnings.stream().map(mqttlab.text.Phrase::shown).toList(); }

    private Classroom(Broker broker, Building building, ClassLink console, Roster roster, Scoreboard scoreboard, ClassControl control,
                      String consolePassword, ClassGrader grader) {
        this.grader = grader;
        this.consolePassword = consolePassword;
        this.broker = broker;
        this.building = building;
        this.console = console;
        this.roster = roster;
        this.scoreboard = scoreboard;
        this.control = control;
    }

    /** Starts everything; {@code building} null runs the class without the building. */
    public static Classroom start(BrokerConfig config, BuildingConfig building, Clock clock) throws ClassroomException {
        return start(config, building, clock, new ConnectionQuota(ConnectionQuota.CLASSROOM_DEFAULT));
    }

    /** As {@link #start(BrokerConfig, BuildingConfig, Clock)}, with {@code quota} connections per student. */
    public static Classroom start(BrokerConfig config, BuildingConfig building, Clock clock, ConnectionQuota quota) throws ClassroomException {
        if (config.perListenerSettings()) {
            throw new ClassroomException(Text.t("classroom.start.per.listener"), null);
        }
        Path pwFile = config.security().passwordFile();
        if (pwFile == null) throw new ClassroomException(Text.t("classroom.start.no.passwords", config.source()), null);
        ClassroomPasswords passwords;
        try {
            passwords = new ClassroomPasswords(pwFile);
        } catch (ConfigException e) {
            throw new ClassroomException(e.getMessage(), e);
        }
        List<mqttlab.text.Phrase> warnings = new java.util.ArrayList<>(config.warnings());
        List<mqttlab.text.Phrase> examples = ExamplePasswords.warnings(config.source(), pwFile, passwords.current());
        String consolePw = passwords.internalAccount(ClassroomAuthorizer.CONSOLE);
        String buildingPw = passwords.internalAccount(ClassroomAuthorizer.BUILDING);
        String projectorPw = passwords.internalAccount(ClassroomAuthorizer.PROJECTOR);
        String prefix = building == null ? "building" : building.topics().prefix();
        ClassroomAuthorizer[] auth = new ClassroomAuthorizer[1];
        ClientIdOwnership ids = new ClientIdOwnership(passwords::accounts, Roster.STAFF::contains);
        CourseShape course;
        ExerciseCatalog exercises;
        LessonCatalog lessons;
        try {
            exercises = ExerciseCatalog.load();
            lessons = LessonCatalog.locate();
            course = CourseShape.of(exercises, lessons);
        } catch (RuntimeException e) {
            throw new ClassroomException(Text.t("classroom.start.no.course", e.getMessage()), e);
        }
        Broker broker;
        try {
            broker = Broker.start(config, clock, ls -> {
                auth[0] = new ClassroomAuthorizer(ls.authorizer(), passwords, prefix);
                for (mqttlab.text.Phrase w : ls.warnings()) if (!warnings.contains(w)) warnings.add(w);
                return new ListenerSecurity(ls.allowAnonymous(), passwords, auth[0], ls.warnings());
            }, new ClassroomAdmission(ids, quota, Roster.STAFF));
        } catch (BrokerStartException e) {
            throw new ClassroomException(e.getMessage() + (e.addressInUse() ? Text.t("classroom.start.in.use") : ""), e);
        }
        InetSocketAddress bound = broker.addresses().get(0);
        String host = bound.getAddress() == null || bound.getAddress().isAnyLocalAddress() ? "127.0.0.1" : bound.getAddress().getHostAddress();
        int port = bound.getPort();
        Scoreboard[] board = new Scoreboard[1];
        ClassLink console = null;
        Building[] running = new Building[1];
        Building b = null;
        ClassGrader grader = null;
        try {
            grader = new ClassGrader(EmbeddedLab.over(broker, () -> running[0], building), ids, exercises, lessons,
                    Files.createTempDirectory("mqttlab-class-grader"));
            JoinSpec consoleSpec = new JoinSpec(host, port, ClassroomAuthorizer.CONSOLE, consolePw, CONSOLE_CLIENT_ID, 30, 0);
            console = ClassLink.open(consoleSpec, false, (topic, payload) -> {
                if (board[0] != null) board[0].accept(topic, payload);
            }, new ClassLink.Listener() {
                @Override public void up(boolean first, boolean sessionPresent) { }

                @Override public void down(String reason, boolean retrying) { }
            });
            Roster roster = new Roster(pwFile, () -> reload(passwords), user -> kick(broker, user));
            ClassGrader g = grader;
            board[0] = new Scoreboard(roster::students, broker::clients, clock, ZoneId.systemDefault(), new ReportCheck(course, clock), g);
            console.subscribe(ClassTopics.ALL_PROGRESS).get(10, java.util.concurrent.TimeUnit.SECONDS);
            if (building != null) b = Building.start(building, BrokerAddress.of(host, port).withCredentials(ClassroomAuthorizer.BUILDING, buildingPw));
            running[0] = b;
            Scoreboard sb = board[0];
            ClassControl control = new ClassControl(console, auth[0], b, () -> (int) sb.rows().stream().filter(ScoreRow::connected).count(), broker::retained);
            control.denyAc(); // a stale "allowed" from a previous class must not linger
            for (mqttlab.text.Phrase w : examples) broker.log().log(mqttlab.broker.log.LogLevel.WARNING, w.english());
            warnings.addAll(examples);
            Classroom c = new Classroom(broker, b, console, roster, sb, control, consolePw, grader);
            c.projectorPassword = projectorPw;
            c.warnings = warnings;
            c.students = roster::students;
            return c;
        } catch (JoinException | BuildingStartException e) {
            if (grader != null) grader.close();
            cleanup(console, b, broker);
            throw new ClassroomException(Text.t("classroom.start.failed", e.getMessage()), e);
        } catch (Exception e) {
            if (grader != null) grader.close();
            cleanup(console, b, broker);
            throw new ClassroomException(Text.t("classroom.start.failed", e), e);
        }
    }

    /**
     * The class on a broker that is already running (mosquitto on a Raspberry Pi, a campus cluster):
     * the console connects as {@code user} (an account the broker's ACL lets read and write everything
     * under {@code lab/} and read {@code students/+/lab/online}), calls the roll, and keeps the scoreboard
     * from the students' reports and presence. Accounts and ACLs are that broker's; {@code rosterFile}
     * (optional: a mosquitto password file or one name per line) names the students expected, who are
     * listed even before they join. The building, when given, runs on that broker as {@code user}.
     */
    public static Classroom onBroker(ClassAddress at, String user, String password, Path rosterFile, BuildingConfig building,
                                     Clock clock) throws ClassroomException {
        CourseShape course;
        try {
            course = CourseShape.of(ExerciseCatalog.load(), LessonCatalog.locate());
        } catch (RuntimeException e) {
            throw new ClassroomException(Text.t("classroom.start.no.course", e.getMessage()), e);
        }
        List<String> expected;
        try {
            expected = rosterFile == null ? List.of() : RosterFile.names(rosterFile);
        } catch (java.io.IOException e) {
            throw new ClassroomException(mqttlab.text.Text.t("class.upstream.roster.unreadable", rosterFile, mqttlab.text.Cause.of(e)), e);
        }
        Presence presence = new Presence();
        Scoreboard[] board = new Scoreboard[1];
        java.util.function.Supplier<List<String>> students = () -> {
            java.util.LinkedHashSet<String> all = new java.util.LinkedHashSet<>(expected);
            Scoreboard sb = board[0];
            java.util.TreeSet<String> others = new java.util.TreeSet<>(presence.seen());
            if (sb != null) others.addAll(sb.reported());
            all.addAll(others);
            all.removeAll(Roster.STAFF);
            all.remove(user);
            return List.copyOf(all);
        };
        board[0] = Scoreboard.upstream(students, presence::online, clock, ZoneId.systemDefault(), new ReportCheck(course, clock));
        JoinSpec spec = new JoinSpec(at.host(), at.port(), user, password, mqttlab.broker.connect.ClientIds.owned(user, "console"), 30, 0);
        ClassLink console = null;
        Building b = null;
        try {
            console = ClassLink.open(spec, false, (topic, payload) -> {
                presence.accept(topic, payload);
                board[0].accept(topic, payload);
            }, new ClassLink.Listener() {
                @Override public void up(boolean first, boolean sessionPresent) { }

                @Override public void down(String reason, boolean retrying) { }
            });
            console.subscribe(ClassTopics.ALL_PROGRESS).get(10, java.util.concurrent.TimeUnit.SECONDS);
            console.subscribe(ClassTopics.ALL_PRESENCE).get(10, java.util.concurrent.TimeUnit.SECONDS);
            if (building != null) b = Building.start(building, BrokerAddress.of(at.host(), at.port()).withCredentials(user, password));
            String prefix = building == null ? "building" : building.topics().prefix();
            Scoreboard sb = board[0];
            ClassControl control = new ClassControl(console, null, b, () -> (int) sb.rows().stream().filter(ScoreRow::connected).count(),
                    List::of, prefix + "/+/ac/set");
            control.rollCall();
            Classroom c = new Classroom(null, b, console, null, sb, control, password, null);
            c.upstream = at;
            c.students = students;
            if (!console.mqtt5()) c.warnings = List.of(new mqttlab.text.Phrase("class.upstream.v311", at.address()));
            return c;
        } catch (JoinException | BuildingStartException e) {
            if (b != null) b.stop();
            if (console != null) console.close();
            throw new ClassroomException(e.getMessage(), e);
        } catch (Exception e) {
            if (b != null) b.stop();
            if (console != null) console.close();
            throw new ClassroomException(mqttlab.text.Text.t("class.upstream.failed", at.address(), ClassLink.reason(e.getCause() == null ? e : e.getCause())), e);
        }
    }

    private static void reload(ClassroomPasswords passwords) {
        try {
            passwords.reload();
        } catch (ConfigException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }

    /** Disconnects every connection of a removed student. */
    private static void kick(Broker broker, String user) {
        for (ClientInfo c : broker.clients()) if (c.connected() && user.equals(c.username())) broker.cut(c.clientId());
    }

    private static void cleanup(ClassLink console, Building b, Broker broker) {
        if (b != null) b.stop();
        if (console != null) console.close();
        if (broker != null) broker.stop();
    }

    /** The lab's own broker; null when the class runs on an {@link #upstream()} broker. */
    public Broker broker() { return broker; }

    /** The broker the class runs on when it is not the lab's own. */
    public Optional<ClassAddress> upstream() { return Optional.ofNullable(upstream); }

    /** The user the console (and the instructor's shell) logs in as. */
    public String consoleUser() { return console.spec().user(); }

    /** The students the scoreboard lists: the roster's, or on an upstream broker the expected ones and everyone heard from. */
    public List<String> students() { return students.get(); }

    /** The host and port the instructor's own clients use (the first listener; 127.0.0.1 for a wildcard one). */
    public InetSocketAddress localAddress() {
        if (upstream != null) return InetSocketAddress.createUnresolved(upstream.host(), upstream.port());
        InetSocketAddress bound = broker.addresses().get(0);
        String host = bound.getAddress() == null || bound.getAddress().isAnyLocalAddress() ? "127.0.0.1" : bound.getAddress().getHostAddress();
        return InetSocketAddress.createUnresolved(host, bound.getPort());
    }

    /**
     * The internal {@value ClassroomAuthorizer#CONSOLE} account's password (random per run), or on an
     * upstream broker the instructor's own: the instructor's shell logs in with it.
     */
    public String consolePassword() { return consolePassword; }

    /** The internal {@value ClassroomAuthorizer#PROJECTOR} account's password (random per run): the projector page reads with it. */
    public String projectorPassword() { return projectorPassword; }

    /** Whether the broker's first listener was asked for any free port (tests): the projector page then takes any free port too. */
    public boolean ephemeral() { return broker != null && broker.config().effectiveListeners().get(0).port() == 0; }

    public Optional<Building> building() { return Optional.ofNullable(building); }

    public Roster roster() { return roster; }

    public Scoreboard scoreboard() { return scoreboard; }

    public ClassControl control() { return control; }

    /** The shell's instructor commands, each returning printable lines. */
    public InstructorCommands commands() { return new InstructorCommands(this); }

    /** What to tell students: {@code mqttlab --join HOST:PORT --user NAME} for each address of this machine. */
    public List<String> joinInstructions() {
        if (upstream != null) return List.of(mqttlab.text.Text.t("class.upstream.join", upstream.address()));
        InetSocketAddress bound = broker.addresses().get(0);
        return ClassroomAddresses.instructions(ClassroomAddresses.forListener(bound), bound.getPort());
    }

    @Override
    public void close() {
        if (grader != null) grader.close();
        cleanup(console, building, broker);
    }
}
