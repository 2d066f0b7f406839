package mqttlab.classroom;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
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
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Supplier;
import mqttlab.broker.ClientInfo;

/**
 * The instructor's live table: one row per student on the roster, connected or not (the broker's
 * own client list), current lesson and step, steps done, exercises passed, last activity (the
 * retained reports on {@code lab/progress/+}, fed to {@link #accept}). A report is filed under
 * the user in its topic, never the one in its body: the ACL lets only that user write there.
 */
public final class Scoreboard {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss");
    private final Supplier<List<String>> students;
    private final Supplier<List<ClientInfo>> clients;
    private final Clock clock;
    private final ZoneId zone;
    private final Map<String, ProgressReport> reports = new ConcurrentHashMap<>();
    private final List<Runnable> listeners = new CopyOnWriteArrayList<>();
    private volatile String lastProblem;

    public Scoreboard(Supplier<List<String>> students, Supplier<List<ClientInfo>> clients, Clock clock, ZoneId zone) {
        this.students = students;
        this.clients = clients;
        this.clock = clock;
        this.zone = zone;
    }

    /** A message on {@code lab/progress/<user>}; an empty payload (a cleared report) forgets the user's. */
    public void accept(String topic, byte[] payload) {
        Optional<String> user = ClassTopics.userOf(topic);
        if (user.isEmpty()) return;
        if (payload.length == 0) {
            reports.remove(user.get());
        } else {
            try {
                ProgressReport r = ProgressReport.fromJson(new String(payload, StandardCharsets.UTF_8));
                if (!r.user().equals(user.get())) r = new ProgressReport(user.get(), r.lesson(), r.step(), r.steps(), r.exercises(), r.lastActivity());
                reports.put(user.get(), r);
            } catch (IllegalArgumentException e) {
                lastProblem = topic + ": " + e.getMessage();
                return;
            }
        }
        listeners.forEach(Runnable::run);
    }

    /** Runs after each report that changed the table (the shell redraws there). */
    public void onChange(Runnable listener) { listeners.add(listener); }

    public Optional<ProgressReport> report(String user) { return Optional.ofNullable(reports.get(user)); }

    /** The last report that could not be read, for the instructor to see; null when none. */
    public String lastProblem() { return lastProblem; }

    public List<ScoreRow> rows() {
        Set<String> online = new HashSet<>();
        for (ClientInfo c : clients.get()) if (c.connected() && c.username() != null) online.add(c.username());
        List<ScoreRow> out = new ArrayList<>();
        for (String u : students.get()) out.add(new ScoreRow(u, online.contains(u), report(u)));
        return out;
    }

    /** {@code scoreboard}: the table and a one-line summary. */
    public List<String> render() {
        List<ScoreRow> rows = rows();
        TextTable t = new TextTable(List.of("STUDENT", "ONLINE", "LESSON", "STEPS", "EXERCISES", "LAST ACTIVITY"),
                false, false, false, true, false, false);
        Instant now = clock.instant();
        for (ScoreRow r : rows) {
            Map<String, Integer> ex = r.exercises();
            String exercises = ex.isEmpty() ? "0" : ex.size() + " (" + String.join(" ", ex.keySet()) + ")";
            String last = r.lastActivity().map(at -> TIME.format(at.atZone(zone)) + " (" + ago(Duration.between(at, now)) + ")").orElse("-");
            t.add(List.of(r.user(), r.connected() ? "yes" : "no", r.where(), String.valueOf(r.stepsDone()), exercises, last));
        }
        List<String> out = new ArrayList<>(t.render());
        long on = rows.stream().filter(ScoreRow::connected).count();
        long reported = rows.stream().filter(r -> r.report().isPresent()).count();
        out.add(on + " of " + rows.size() + " students connected; " + reported + " reported progress.");
        return out;
    }

    /** {@code scoreboard export FILE.csv}: the same rows as CSV (UTF-8, RFC 4180 quoting). */
    public List<String> export(Path csv) throws IOException {
        List<ScoreRow> rows = rows();
        StringBuilder b = new StringBuilder("user,connected,lesson,step,steps_done,exercises_passed,exercise_scores,last_activity\n");
        for (ScoreRow r : rows) {
            StringBuilder scores = new StringBuilder();
            r.exercises().forEach((k, v) -> scores.append(scores.length() == 0 ? "" : ";").append(k).append(':').append(v));
            b.append(cell(r.user())).append(',').append(r.connected()).append(',')
                    .append(r.report().flatMap(ProgressReport::lesson).orElse("")).append(',')
                    .append(r.report().map(p -> String.valueOf(p.step())).orElse("")).append(',')
                    .append(r.stepsDone()).append(',').append(r.exercises().size()).append(',').append(cell(scores.toString())).append(',')
                    .append(r.lastActivity().map(Instant::toString).orElse("")).append('\n');
        }
        Path parent = csv.toAbsolutePath().getParent();
        if (parent != null) Files.createDirectories(parent);
        Files.writeString(csv, b.toString(), StandardCharsets.UTF_8);
        return List.of("Wrote " + rows.size() + (rows.size() == 1 ? " row" : " rows") + " to " + csv + ".");
    }

    private static String cell(String s) {
        if (s.indexOf(',') < 0 && s.indexOf('"') < 0 && s.indexOf('\n') < 0) return s;
        return '"' + s.replace("\"", "\"\"") + '"';
    }

    static String ago(Duration d) {
        long s = Math.max(0, d.getSeconds());
        if (s < 60) return s + " s ago";
        if (s < 3600) return s / 60 + " min ago";
        return s / 3600 + " h ago";
    }
}
