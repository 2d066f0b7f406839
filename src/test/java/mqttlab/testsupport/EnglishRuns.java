package mqttlab.testsupport;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Finds English sentences left in Korean output: a run of three or more English words, as issue 11
 * defines it. What a Korean screen rightly shows in Latin letters does not count: text in backticks
 * or quotes (commands, payloads, client ids), flags ({@code --will-topic}), topics and filters (anything
 * with a slash), packet names and other words in capitals (PUBLISH, QoS, ON), spec ids
 * ({@code [MQTT-3.3.1-4]}), numbers, file names and the few command words the lab's commands are.
 */
public final class EnglishRuns {
    private EnglishRuns() { }

    /** A word that ends a sentence if it is English: lower case letters, at least two. */
    private static final Pattern WORD = Pattern.compile("[a-z][a-z']+[,.;:!?)]*");

    /** Lines of {@code text} that hold a run of three or more English words. */
    public static List<String> in(String text) {
        List<String> out = new ArrayList<>();
        for (String line : text.split("\n")) if (hasRun(line)) out.add(line.strip());
        return out;
    }

    static boolean hasRun(String line) {
        String t = line.replaceAll("`[^`]*`", " ").replaceAll("'[^']*'", " ").replaceAll("\"[^\"]*\"", " ")
                .replaceAll("\\[MQTT-[^]]*]", " ");
        int run = 0;
        for (String tok : t.split("[\\s(]+")) {
            boolean english = WORD.matcher(tok).matches() && !tok.contains("/") && !tok.startsWith("-");
            run = english ? run + 1 : 0;
            if (run >= 3) return true;
        }
        return false;
    }
}
