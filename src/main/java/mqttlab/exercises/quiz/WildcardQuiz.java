package mqttlab.exercises.quiz;

import static mqttlab.text.Text.t;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import mqttlab.exercises.Attempt;
import mqttlab.exercises.Criterion;
import mqttlab.exercises.Grader;
import mqttlab.exercises.TopicRules;

/**
 * Exercise 03: for each (filter, topic) of the starter, the student's yes / no / invalid against
 * the truth computed with the topic rules. A data line has exactly three words (so the filter
 * {@code #} is a data line); other lines starting with {@code #} are comments.
 */
public final class WildcardQuiz implements Grader {
    static final String FILE = "answers.txt";

    enum Answer { YES, NO, INVALID }

    @Override
    public List<Criterion> grade(Attempt attempt) throws Exception {
        Map<String, String> questions = read(attempt.exercise().folder().resolve(FILE));
        Path mine = attempt.file(FILE);
        if (!Files.isRegularFile(mine)) return List.of(Criterion.fail(t("check.no.file", FILE, attempt.folder(), "03")));
        Map<String, String> answers = read(mine);
        if (answers.values().stream().allMatch(v -> parse(v) == null)) {
            return List.of(Criterion.fail(t("grade.03.no.answers", FILE, questions.size())));
        }
        List<Criterion> out = new ArrayList<>();
        for (String key : questions.keySet()) {
            String[] ft = key.split(" ");
            out.add(judge(ft[0], ft[1], answers.get(key)));
        }
        return out;
    }

    static Criterion judge(String filter, String topic, String given) {
        TopicRules.Match m = TopicRules.explain(filter, topic);
        Answer truth = TopicRules.filterProblem(filter).isPresent() ? Answer.INVALID : m.matches() ? Answer.YES : Answer.NO;
        String word = word(truth);
        if (given == null) return Criterion.fail(t("grade.03.missing", filter, topic, word, m.reason()));
        Answer a = parse(given);
        if (a == null) return Criterion.fail(t("grade.03.unanswered", filter, topic, given));
        if (a == truth) return Criterion.pass(t("grade.03.right", filter, topic, word, m.reason()));
        return Criterion.fail(t("grade.03.wrong", filter, topic, word(a), word, m.reason()));
    }

    /** The answer as the student writes it (yes, no, invalid), explained in Korean. */
    static String word(Answer a) {
        return t("grade.03." + a.name().toLowerCase(Locale.ROOT));
    }

    static Answer parse(String s) {
        return switch (s.toLowerCase(Locale.ROOT)) {
            case "yes", "y", "o", "match", "예", "네" -> Answer.YES;
            case "no", "n", "x", "아니오", "아니요" -> Answer.NO;
            case "invalid", "inv", "무효" -> Answer.INVALID;
            default -> null;
        };
    }

    /** "filter topic" → answer word, in file order. */
    static Map<String, String> read(Path file) throws java.io.IOException {
        Map<String, String> out = new LinkedHashMap<>();
        for (AnswerLines.Line l : AnswerLines.read(file).lines()) {
            String[] t = AnswerLines.tokens(l.text());
            if (t.length == 3) out.put(t[0] + " " + t[1], t[2]);
        }
        return out;
    }
}
