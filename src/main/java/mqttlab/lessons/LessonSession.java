package mqttlab.lessons;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.function.Predicate;

/**
 * Where one student is in the course: the open lesson and step, and which steps are done. The shell
 * calls the commands ({@link #open}, {@link #next}, {@link #back}, {@link #hint}, {@link #step},
 * {@link #list}) and feeds every {@link LabEvent} to {@link #offer}; each returns Markdown to render.
 * Events from the building's own clients are ignored. Thread-safe: the tap calls from broker threads.
 */
public final class LessonSession {
    /** The building's clients (sensors, A/C units, the controller) never complete a student's step. */
    public static final Predicate<String> BUILDING_CLIENTS = id -> id != null
            && (id.startsWith("sensor-") || id.startsWith("ac-") || id.equals("controller") || id.startsWith("building-"));

    private final LessonCatalog catalog;
    private final Map<String, Set<Integer>> done = new TreeMap<>();
    private final Consumer<StepDone> onDone;
    private volatile String lang;
    private Predicate<String> ignored = BUILDING_CLIENTS;
    private Lesson lesson;
    private int stepNo;
    private String lastMiss;
    private LabPlaces places = LabPlaces.DEFAULT;

    public LessonSession(LessonCatalog catalog, String lang, Map<String, ? extends Set<Integer>> progress, Consumer<StepDone> onDone) {
        this.catalog = catalog;
        this.lang = lang;
        this.onDone = onDone == null ? d -> { } : onDone;
        progress.forEach((k, v) -> done.put(k, new TreeSet<>(v)));
    }

    public synchronized void ignoreClients(Predicate<String> clients) { this.ignored = clients; }

    /** Where this lab is: the lessons show its host and ports ({@link LabPlaces}). */
    public synchronized void places(LabPlaces where) { this.places = java.util.Objects.requireNonNull(where); }

    public synchronized LabPlaces places() { return places; }

    /** Switches language; the open lesson stays open at the same step. */
    public synchronized void language(String newLang) {
        this.lang = newLang;
        if (lesson != null) lesson = catalog.lesson(newLang, lesson.id()).orElse(lesson);
    }

    public synchronized String list() {
        StringBuilder md = new StringBuilder("## " + mqttlab.text.Text.in(lang, "course.list.title") + "\n\n" + mqttlab.text.Text.in(lang, "course.list.header") + "\n");
        for (Lesson l : catalog.lessons(lang)) {
            int n = done.getOrDefault(l.key(), Set.of()).size();
            String mark = n == l.steps().size() ? " ✔" : lesson != null && lesson.id() == l.id() ? " ←" : "";
            md.append("| ").append(l.id()).append(" | ").append(escape(l.title())).append(" | ").append(n).append('/').append(l.steps().size()).append(mark).append(" |\n");
        }
        return md.toString();
    }

    /** Opens lesson {@code id} at its first step not yet done (the intro shows when that is step 1). */
    public synchronized String open(int id) {
        List<Lesson> all = catalog.lessons(lang);
        Optional<Lesson> l = catalog.lesson(lang, id);
        if (l.isEmpty()) return mqttlab.text.Text.in(lang, "course.no.such.lesson", id, all.get(all.size() - 1).id());
        lesson = l.get();
        Set<Integer> d = done.getOrDefault(lesson.key(), Set.of());
        stepNo = 1;
        while (stepNo < lesson.steps().size() && d.contains(stepNo)) stepNo++;
        if (d.size() == lesson.steps().size()) stepNo = 1;
        lastMiss = null;
        String head = "# " + lesson.id() + ". " + escape(lesson.title()) + "\n\n";
        return head + (stepNo == 1 && !lesson.intro().isEmpty() ? places.fill(lesson.intro()) + "\n\n" : "") + render();
    }

    public synchronized String step() {
        return lesson == null ? mqttlab.text.Text.in(lang, "course.no.lesson") : render();
    }

    public synchronized String hint() {
        if (lesson == null) return mqttlab.text.Text.in(lang, "course.no.lesson");
        return lesson.step(stepNo).hint().map(places::fill).orElse(mqttlab.text.Text.in(lang, "course.no.hint"));
    }

    /** Moves on: a step without a check counts as done; a step with one is skipped. Past the end, the next lesson. */
    public synchronized String next() {
        if (lesson == null) return mqttlab.text.Text.in(lang, "course.no.lesson");
        Step s = lesson.step(stepNo);
        String prefix = "";
        if (!s.interactive()) markDone(stepNo);
        else if (!isDone(stepNo)) prefix = mqttlab.text.Text.in(lang, "course.skipped", stepNo) + "\n\n";
        if (stepNo == lesson.steps().size()) {
            Optional<Lesson> following = catalog.lessons(lang).stream().filter(x -> x.id() > lesson.id()).findFirst();
            return prefix + following.map(f -> open(f.id())).orElse(mqttlab.text.Text.in(lang, "course.course.done", lesson.id(), lesson.title()));
        }
        stepNo++;
        lastMiss = null;
        return prefix + render();
    }

    public synchronized String back() {
        if (lesson == null) return mqttlab.text.Text.in(lang, "course.no.lesson");
        if (stepNo == 1) return mqttlab.text.Text.in(lang, "course.first.step") + "\n\n" + render();
        stepNo--;
        lastMiss = null;
        return render();
    }

    /**
     * Offers an event to the current step. Returns what to say: the step is done (and the next one),
     * or a helpful word for a related but wrong action; empty when the event is not about this step.
     */
    public synchronized Optional<String> offer(LabEvent event) {
        if (lesson == null || ignored.test(event.clientId())) return Optional.empty();
        Step s = lesson.step(stepNo);
        if (s.check().isEmpty()) return Optional.empty();
        StepCheck check = s.checkSource().filter(c -> c.contains("{{")).map(c -> CheckParser.parse(places.fill(c))).orElse(s.check().get());
        Optional<String> answered = (event instanceof LabEvent.AnswerTyped a ? s.feedbackFor(a.text(), check.satisfiedBy(event)) : Optional.<String>empty()).map(places::fill);
        if (!check.satisfiedBy(event)) {
            if (answered.isPresent()) return answered;
            Optional<String> miss = NearMiss.of(check, event, lang);
            if (miss.isEmpty() || miss.get().equals(lastMiss)) return Optional.empty();
            lastMiss = miss.get();
            return miss;
        }
        markDone(stepNo);
        String said = mqttlab.text.Text.in(lang, "course.step.done", stepNo) + answered.map(f -> "\n\n" + f).orElse("");
        if (stepNo == lesson.steps().size()) {
            Optional<Lesson> following = catalog.lessons(lang).stream().filter(x -> x.id() > lesson.id()).findFirst();
            String end = following.map(f -> mqttlab.text.Text.in(lang, "course.lesson.done", lesson.id(), lesson.title(), f.id()))
                    .orElse(mqttlab.text.Text.in(lang, "course.course.done", lesson.id(), lesson.title()));
            return Optional.of(said + "\n\n" + end);
        }
        stepNo++;
        lastMiss = null;
        return Optional.of(said + "\n\n" + render());
    }

    /** For the prompt: {@code L7.3}, or empty when no lesson is open. */
    public synchronized String prompt() {
        return lesson == null ? "" : "L" + lesson.id() + "." + stepNo;
    }

    public synchronized Optional<Lesson> currentLesson() { return Optional.ofNullable(lesson); }

    public synchronized int currentStep() { return lesson == null ? 0 : stepNo; }

    public synchronized boolean isComplete(int lessonId) {
        return catalog.lesson(lang, lessonId).map(l -> done.getOrDefault(l.key(), Set.of()).size() == l.steps().size()).orElse(false);
    }

    /** A copy of the steps done, by lesson key ({@code "07"}). */
    public synchronized Map<String, Set<Integer>> progress() {
        Map<String, Set<Integer>> copy = new HashMap<>();
        done.forEach((k, v) -> copy.put(k, Set.copyOf(v)));
        return copy;
    }

    private boolean isDone(int n) { return done.getOrDefault(lesson.key(), Set.of()).contains(n); }

    private void markDone(int n) {
        Set<Integer> set = done.computeIfAbsent(lesson.key(), k -> new TreeSet<>());
        if (set.add(n)) onDone.accept(new StepDone(lesson.key(), n, set.size() == lesson.steps().size()));
    }

    private String render() {
        Step s = lesson.step(stepNo);
        return "## " + mqttlab.text.Text.in(lang, "course.step.heading", lesson.id(), stepNo, lesson.steps().size(), escape(s.title())) + "\n\n"
                + places.fill(s.body()) + "\n\n" + mqttlab.text.Text.in(lang, s.interactive() ? "course.step.todo" : "course.step.read");
    }

    /** Text for a heading or a table cell: Markdown's special characters taken literally. */
    static String escape(String text) {
        return text.replaceAll("([\\\\`*_\\[\\]#<>|])", "\\\\$1");
    }
}
