package mqttlab.classroom;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Supplier;
import mqttlab.broker.ClientInfo;
import mqttlab.files.AtomicFile;
import mqttlab.text.Table;
import mqttlab.text.Text;

/**
 * The instructor's live table: one row per student on the roster, connected or not (the broker's
 * own client list), current lesson and step, steps done, exercises passed, last activity (the
 * retained reports on {@code lab/progress/+}, fed to {@link #accept}). A report is filed under
 * the user in its topic, never the one in its body: the ACL lets only that user write there. It is
 * believed only as far as {@link ReportCheck} allows, and each exercise it claims is graded again
 * from what the class broker saw ({@code confirm}, the {@link ClassGrader}): confirmed with the
 * score seen there, or kept as self-reported and marked {@code *}.
 */
public final class Scoreboard {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss");
    private final Supplier<List<String>> students;
    /** The users with a connection now. */
    private final Supplier<Set<String>> online;
    private final Clock clock;
    private final ZoneId zone;
    private final ReportCheck check;
    private final Witness witness;
    private final Map<String, Entry> entries = new ConcurrentHashMap<>();
    private final List<Runnable> listeners = new CopyOnWriteArrayList<>();
    private volatile String lastProblem;

    /**
     * What the board shows for one student, the claims already graded (exercise id → claimed score),
     * and the steps the class broker saw done (lesson → steps).
     */
    private record Entry(ProgressReport report, Set<String> selfReported, Map<String, Integer> graded,
                         Map<String, SortedSet<Integer>> stepsSeen) {
        int stepsSelfReported() {
            int n = 0;
            for (var e : report.steps().entrySet()) {
                for (int s : e.getValue()) if (!stepsSeen.getOrDefault(e.getKey(), EMPTY).contains(s)) n++;
            }
            return n;
        }
    }

    private static final SortedSet<Integer> EMPTY = java.util.Collections.emptySortedSet();

    /** {@code witness}: what the class lab's own grading saw each student do. */
    public Scoreboard(Supplier<List<String>> students, Supplier<List<ClientInfo>> clients, Clock clock, ZoneId zone,
                      ReportCheck check, Witness witness) {
        this(clock, zone, students, () -> {
            Set<String> on = new HashSet<>();
            for (ClientInfo c : clients.get()) if (c.connected() && c.username() != null) on.add(c.username());
            return on;
        }, check, witness);
    }

    /**
     * A board without a broker of its own (a class on an upstream broker): who is online comes from
     * {@code online}, the students' presence messages; nothing can be graded again here, so every
     * exercise and step is self-reported.
     */
    public static Scoreboard upstream(Supplier<List<String>> students, Supplier<Set<String>> online, Clock clock, ZoneId zone, ReportCheck check) {
        return new Scoreboard(clock, zone, students, online, check, Witness.NOTHING);
    }

    private Scoreboard(Clock clock, ZoneId zone, Supplier<List<String>> students, Supplier<Set<String>> online,
                       ReportCheck check, Witness witness) {
        this.students = students;
        this.online = online;
        this.clock = clock;
        this.zone = zone;
        this.check = check;
        this.witness = witness;
    }

    /** A message on {@code lab/progress/<user>}; an empty payload (a cleared report) forgets the user's. */
    public synchronized void accept(String topic, byte[] payload) {
        Optional<String> user = ClassTopics.userOf(topic);
        if (user.isEmpty()) return;
        if (payload.length == 0) {
            entries.remove(user.get());
        } else {
            ProgressReport claimed;
            try {
                claimed = ProgressReport.fromJson(new String(payload, StandardCharsets.UTF_8));
            } catch (IllegalArgumentException e) {
                lastProblem = topic + ": " + e.getMessage();
                return;
            }
            ReportCheck.Checked c = check.check(user.get(), claimed);
            if (!c.problems().isEmpty()) lastProblem = Text.t("class.report.ignored", user.get(), String.join("; ", c.problems()));
            entries.put(user.get(), judged(user.get(), c.report(), entries.get(user.get())));
        }
        listeners.forEach(Runnable::run);
    }

    /** Each claimed exercise: confirmed before, graded now, or self-reported (graded again only when the claim changes). */
    private Entry judged(String user, ProgressReport r, Entry before) {
        Map<String, Integer> shown = new TreeMap<>();
        Set<String> self = new TreeSet<>();
        Map<String, Integer> graded = new TreeMap<>();
        for (var e : r.exercises().entrySet()) {
            String id = e.getKey();
            graded.put(id, e.getValue());
            boolean same = before != null && e.getValue().equals(before.graded().get(id));
            if (same && before.report().exercises().containsKey(id)) {
                shown.put(id, before.report().exercises().get(id));
                if (before.selfReported().contains(id)) self.add(id);
                continue;
            }
            OptionalInt seen = witness.exercise(user, id);
            shown.put(id, seen.isPresent() ? seen.getAsInt() : e.getValue());
            if (seen.isEmpty()) self.add(id);
        }
        // a step is looked for once, when it is first claimed: the packets that did it came before the report
        Map<String, SortedSet<Integer>> stepsSeen = new TreeMap<>();
        for (var e : r.steps().entrySet()) {
            SortedSet<Integer> claimedBefore = before == null ? EMPTY : before.report().steps().getOrDefault(e.getKey(), EMPTY);
            SortedSet<Integer> seenBefore = before == null ? EMPTY : before.stepsSeen().getOrDefault(e.getKey(), EMPTY);
            for (int step : e.getValue()) {
                boolean seen = seenBefore.contains(step) || !claimedBefore.contains(step) && witness.step(user, e.getKey(), step);
                if (seen) stepsSeen.computeIfAbsent(e.getKey(), k -> new TreeSet<>()).add(step);
            }
        }
        return new Entry(new ProgressReport(user, r.lesson(), r.step(), r.steps(), shown, r.lastActivity()), self, graded, stepsSeen);
    }

    /** Runs after each report that changed the table (the shell redraws there). */
    public void onChange(Runnable listener) { listeners.add(listener); }

    /** Every user with a report on the board. */
    public Set<String> reported() { return new TreeSet<>(entries.keySet()); }

    public Optional<ProgressReport> report(String user) { return Optional.ofNullable(entries.get(user)).map(Entry::report); }

    /** The exercises of {@code user}'s that only the student says they passed. */
    public Set<String> selfReported(String user) { return Optional.ofNullable(entries.get(user)).map(Entry::selfReported).orElse(Set.of()); }

    /** The last report that could not be read, for the instructor to see; null when none. */
    public String lastProblem() { return lastProblem; }

    public List<ScoreRow> rows() {
        Set<String> online = this.online.get();
        List<ScoreRow> out = new ArrayList<>();
        for (String u : students.get()) {
            Entry e = entries.get(u);
            out.add(new ScoreRow(u, online.contains(u), report(u), selfReported(u), e == null ? 0 : e.stepsSelfReported()));
        }
        return out;
    }

    /** {@code scoreboard}: the table and a one-line summary. */
    public List<String> render() {
        List<ScoreRow> rows = rows();
        // reports come from students: cells are made inert and cut at 40 columns
        Table t = new Table(Text.t("scoreboard.col.student"), Text.t("scoreboard.col.online"), Text.t("scoreboard.col.lesson"),
                Text.t("scoreboard.col.steps"), Text.t("scoreboard.col.exercises"), Text.t("scoreboard.col.last")).rule().alignRight(3).maxCell(40);
        Instant now = clock.instant();
        for (ScoreRow r : rows) {
            Map<String, Integer> ex = r.exercises();
            String exercises = ex.isEmpty() ? "0" : ex.size() + " (" + String.join(" ", r.exerciseMarks()) + ")";
            String last = r.lastActivity().map(at -> TIME.format(at.atZone(zone)) + " (" + ago(Duration.between(at, now)) + ")").orElse("-");
            t.row(r.user(), Text.t(r.connected() ? "table.yes" : "table.no"), r.where(), r.stepsMark(), exercises, last);
        }
        List<String> out = new ArrayList<>(t.lines());
        long on = rows.stream().filter(ScoreRow::connected).count();
        long reported = rows.stream().filter(r -> r.report().isPresent()).count();
        out.add(Text.t("scoreboard.summary", on, rows.size(), reported));
        if (rows.stream().anyMatch(r -> !r.selfReported().isEmpty() || r.stepsSelfReported() > 0)) out.add(Text.t("class.scoreboard.self.reported"));
        return out;
    }

    /**
     * {@code scoreboard export FILE.csv}: the same rows as CSV (UTF-8, RFC 4180, one record per
     * student, formula-looking cells neutralised: {@link CsvCells}).
     */
    public List<String> export(Path csv) throws IOException {
        List<ScoreRow> rows = rows();
        StringBuilder b = new StringBuilder(CsvCells.row(List.of("user", "connected", "lesson", "step", "steps_done",
                "steps_self_reported", "exercises_passed", "exercise_scores", "self_reported", "last_activity")));
        for (ScoreRow r : rows) {
            StringBuilder scores = new StringBuilder();
            r.exercises().forEach((k, v) -> scores.append(scores.length() == 0 ? "" : ";").append(k).append(':').append(v));
            b.append(CsvCells.row(List.of(r.user(), String.valueOf(r.connected()),
                    r.report().flatMap(ProgressReport::lesson).orElse(""),
                    r.report().map(p -> String.valueOf(p.step())).orElse(""),
                    String.valueOf(r.stepsDone()), String.valueOf(r.stepsSelfReported()), String.valueOf(r.exercises().size()), scores.toString(),
                    String.join(";", new TreeSet<>(r.selfReported())),
                    r.lastActivity().map(Instant::toString).orElse(""))));
        }
        // whole or not at all, and owner-only: the file holds every student's grades
        AtomicFile.write(csv, b.toString().getBytes(StandardCharsets.UTF_8));
        return List.of(Text.t(rows.size() == 1 ? "scoreboard.exported.one" : "scoreboard.exported", rows.size(), csv));
    }

    static String ago(Duration d) {
        long s = Math.max(0, d.getSeconds());
        if (s < 60) return Text.t("scoreboard.ago.s", s);
        if (s < 3600) return Text.t("scoreboard.ago.min", s / 60);
        return Text.t("scoreboard.ago.h", s / 3600);
    }
}
