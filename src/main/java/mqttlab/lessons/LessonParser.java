package mqttlab.lessons;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads one lesson file: front matter between {@code ---} lines ({@code id}, {@code title}), an
 * intro, then steps that each start with {@code ## Step: Title} ({@code ## 단계: …} in Korean).
 * Inside a step, fenced blocks named {@code check}, {@code hint} and {@code solution} are taken out
 * of the text; a hint may use a {@code ~~~hint} fence so that it can hold code blocks. A {@code feedback}
 * block answers a question's answers, one per line: {@code ANSWER: Markdown} ({@code *: …} for any
 * other wrong answer).
 */
public final class LessonParser {
    private static final Pattern STEP = Pattern.compile("^## (?:Step|단계):\\s*(.+?)\\s*$");
    private static final Pattern FENCE = Pattern.compile("^ {0,3}(`{3,}|~{3,})\\s*([^\\s`]*).*$");

    private LessonParser() {}

    /** @throws IllegalArgumentException naming the line, for a malformed file */
    public static Lesson parse(String lang, String slug, String text) {
        List<String> lines = text.replace("\r\n", "\n").lines().toList();
        int i = 0;
        Map<String, String> front = new LinkedHashMap<>();
        if (!lines.isEmpty() && lines.get(0).strip().equals("---")) {
            for (i = 1; i < lines.size() && !lines.get(i).strip().equals("---"); i++) {
                String l = lines.get(i);
                int colon = l.indexOf(':');
                if (colon < 0) throw error(slug, i, "front matter lines are 'key: value'");
                front.put(l.substring(0, colon).strip(), l.substring(colon + 1).strip());
            }
            if (i == lines.size()) throw error(slug, i, "front matter is not closed with ---");
            i++;
        }
        int id;
        try {
            id = Integer.parseInt(front.getOrDefault("id", slug.replaceAll("\\D.*", "")));
        } catch (NumberFormatException e) {
            throw error(slug, 1, "front matter needs a numeric id");
        }
        String title = front.get("title");
        if (title == null) throw error(slug, 1, "front matter needs a title");

        StringBuilder intro = new StringBuilder();
        List<Step> steps = new ArrayList<>();
        StepBuilder cur = null;
        String fence = null, fenceName = null;
        StringBuilder fenced = new StringBuilder();
        for (; i < lines.size(); i++) {
            String line = lines.get(i);
            if (fence != null) {
                String st = line.strip();
                char fc = fence.charAt(0);
                if (st.startsWith(fence) && st.chars().allMatch(c -> c == fc)) {
                    if (cur == null) throw error(slug, i, "a " + fenceName + " block must be inside a step");
                    cur.take(fenceName, fenced.toString(), slug, i);
                    fence = null;
                } else fenced.append(line).append('\n');
                continue;
            }
            Matcher fm = FENCE.matcher(line);
            if (fm.matches() && List.of("check", "hint", "solution", "feedback").contains(fm.group(2))) {
                fence = fm.group(1);
                fenceName = fm.group(2);
                fenced.setLength(0);
                continue;
            }
            Matcher sm = STEP.matcher(line);
            if (sm.matches() && !insideCode(cur == null ? intro : cur.body)) {
                if (cur != null) steps.add(cur.build());
                cur = new StepBuilder(steps.size() + 1, sm.group(1));
                continue;
            }
            (cur == null ? intro : cur.body).append(line).append('\n');
        }
        if (fence != null) throw error(slug, lines.size(), "the " + fenceName + " block is not closed");
        if (cur != null) steps.add(cur.build());
        if (steps.isEmpty()) throw error(slug, 1, "a lesson needs at least one '## Step:' heading");
        return new Lesson(id, lang, slug, title, intro.toString().strip(), steps);
    }

    /** True when the text so far leaves an ordinary code fence open. */
    private static boolean insideCode(StringBuilder text) {
        String open = null;
        for (String l : text.toString().lines().toList()) {
            Matcher m = FENCE.matcher(l);
            if (!m.matches()) continue;
            if (open == null) open = m.group(1);
            else if (l.strip().startsWith(open) && m.group(2).isEmpty()) open = null;
        }
        return open != null;
    }

    private static IllegalArgumentException error(String slug, int line, String what) {
        return new IllegalArgumentException(slug + ".md line " + (line + 1) + ": " + what);
    }

    private static final class StepBuilder {
        final int number;
        final String title;
        final StringBuilder body = new StringBuilder();
        String check, hint;
        List<String> solution = List.of();
        final Map<String, String> feedback = new LinkedHashMap<>();

        StepBuilder(int number, String title) { this.number = number; this.title = title; }

        void take(String name, String content, String slug, int line) {
            switch (name) {
                case "check" -> {
                    if (check != null) throw error(slug, line, "a step has at most one check");
                    check = content.strip();
                    try {
                        CheckParser.parse(LabPlaces.DEFAULT.fill(check));
                    } catch (IllegalArgumentException e) {
                        throw error(slug, line, e.getMessage());
                    }
                }
                case "hint" -> hint = content.strip();
                case "feedback" -> {
                    for (String l : content.strip().lines().map(String::strip).filter(x -> !x.isEmpty()).toList()) {
                        int colon = l.indexOf(": ");
                        if (colon <= 0) throw error(slug, line, "feedback lines are 'ANSWER: text', not '" + l + "'");
                        feedback.put(l.substring(0, colon).strip(), l.substring(colon + 2).strip());
                    }
                }
                default -> solution = content.strip().lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
            }
        }

        Step build() {
            return new Step(number, title, body.toString().strip(),
                    Optional.ofNullable(check).map(c -> CheckParser.parse(LabPlaces.DEFAULT.fill(c))), Optional.ofNullable(check),
                    Optional.ofNullable(hint), solution, feedback);
        }
    }
}
