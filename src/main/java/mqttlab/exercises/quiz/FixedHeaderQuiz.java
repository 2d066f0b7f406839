package mqttlab.exercises.quiz;

import static mqttlab.text.Text.t;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import mqttlab.exercises.Attempt;
import mqttlab.exercises.Criterion;
import mqttlab.exercises.Grader;
import mqttlab.protocol.packet.PacketType;

/**
 * Exercise 07: each line {@code HEX | TYPE | FLAGS | REMAINING LENGTH}; the truth is read from the
 * bytes, and every wrong column is explained.
 */
public final class FixedHeaderQuiz implements Grader {
    static final String FILE = "answers.txt";

    @Override
    public List<Criterion> grade(Attempt attempt) throws Exception {
        Map<String, String[]> questions = read(attempt.exercise().folder().resolve(FILE));
        Path mine = attempt.file(FILE);
        if (!Files.isRegularFile(mine)) return List.of(Criterion.fail(t("check.no.file", FILE, attempt.folder(), "07")));
        Map<String, String[]> answers = read(mine);
        if (answers.values().stream().allMatch(c -> c[1].trim().equals("?") && c[2].trim().equals("?") && c[3].trim().equals("?"))) {
            return List.of(Criterion.fail(t("grade.07.no.answers", FILE, questions.size())));
        }
        List<Criterion> out = new ArrayList<>();
        for (String hex : questions.keySet()) out.add(judge(hex, answers.get(hex)));
        return out;
    }

    static Criterion judge(String hex, String[] given) {
        FixedHeader h = FixedHeader.read(HexFormat.of().parseHex(hex.replace(" ", "")));
        String head = hex.length() > 17 ? hex.substring(0, 17) + "…" : hex;
        String truth = t("grade.07.truth", h.type(), h.flagsBits(), h.remainingLength());
        if (given == null) return Criterion.fail(t("grade.07.missing", head, truth));
        List<String> wrong = new ArrayList<>();
        String type = given[1].trim();
        if (!typeMatches(type, h.type())) {
            wrong.add(t("grade.07.type", type, hex.substring(0, 2), h.type().value(), h.type()));
        }
        String flags = given[2].trim().replace(" ", "");
        if (!flags.equals(h.flagsBits())) {
            wrong.add(t("grade.07.flags", flags, h.flagsBits(), h.flagsMeaning()));
        }
        String len = given[3].trim();
        if (!len.equals(Integer.toString(h.remainingLength()))) {
            wrong.add(t("grade.07.length", len, h.lengthWorking()));
        }
        if (wrong.isEmpty()) return Criterion.pass(t("grade.07.right", head, truth));
        if (type.equals("?") && flags.equals("?") && len.equals("?")) return Criterion.fail(t("grade.07.unanswered", head));
        return Criterion.fail(t("grade.07.wrong", head, String.join("; ", wrong)));
    }

    static boolean typeMatches(String answer, PacketType t) {
        String a = answer.toUpperCase(Locale.ROOT);
        return a.equals(t.name()) || a.equals(Integer.toString(t.value()));
    }

    /** Normalised hex → the line's four columns. */
    static Map<String, String[]> read(Path file) throws IOException {
        Map<String, String[]> out = new LinkedHashMap<>();
        for (AnswerLines.Line l : AnswerLines.read(file).lines()) {
            if (l.text().startsWith("#")) continue;
            String[] cols = l.text().split("\\|", -1);
            if (cols.length != 4) continue;
            String hex = String.join(" ", AnswerLines.tokens(cols[0])).toLowerCase(Locale.ROOT);
            out.put(hex, cols);
        }
        return out;
    }
}
