package mqttlab.testsupport;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import mqttlab.shell.ShellCommands;

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

    /** The words a line of typed commands starts with: the shell's commands and the programs a student runs. */
    static final Set<String> COMMANDS = commands();

    private static Set<String> commands() {
        Set<String> s = new TreeSet<>(ShellCommands.registry().names());
        s.addAll(List.of("mqttlab", "mosquitto_sub", "mosquitto_pub", "mosquitto", "jshell>", "scoreboard", "roster", "class", "python3"));
        return s;
    }

    /** Lines of {@code text} that hold a run of three or more English words. */
    public static List<String> in(String text) {
        List<String> out = new ArrayList<>();
        for (String line : text.split("\n")) if (hasRun(line)) out.add(line.strip());
        return out;
    }

    static boolean hasRun(String line) {
        // an example command line (`  sub -t a/b   what it does`): the command as typed is code, only what follows a gap is prose
        String s = line.strip();
        if (line.startsWith(" ") && !s.isEmpty() && COMMANDS.contains(s.split("\\s+")[0])) {
            int gap = s.indexOf("   ");
            line = gap < 0 ? "" : s.substring(gap);
        }
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
