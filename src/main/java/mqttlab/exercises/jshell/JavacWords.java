package mqttlab.exercises.jshell;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import mqttlab.text.Text;

/**
 * The compiler's complaint about a snippet, in the lab's language. javac speaks English (the JDK has no
 * Korean for it), so for the mistakes a student makes most often the lab says it itself, from the
 * diagnostic's stable code ({@code compiler.err.cant.resolve.location}) and the names javac's English
 * sentence carries. Any other complaint is javac's own English: in Korean the lab says so and quotes it on
 * one line, rather than pretend to translate it. JShell ({@link #say}) and the Java exercises' compiler
 * ({@code JavaSourceCompiler}) both speak through here.
 */
public final class JavacWords {
    private JavacWords() { }

    /** One rule: a diagnostic code, the part of javac's first line that holds the names, the catalogue key. */
    private record Rule(Pattern code, Pattern english, String key) { }

    private static final List<Rule> RULES = List.of(
            new Rule(Pattern.compile("compiler\\.err\\.cant\\.resolve.*"), Pattern.compile("(?s).*symbol:\\s+(\\S+ [^\\n]+).*"), "jshell.javac.symbol"),
            new Rule(Pattern.compile("compiler\\.err\\.prob\\.found\\.req"), Pattern.compile("incompatible types: (.+) cannot be converted to (.+)"), "jshell.javac.types"),
            new Rule(Pattern.compile("compiler\\.err\\.expected"), Pattern.compile("(.+) expected"), "jshell.javac.expected"),
            new Rule(Pattern.compile("compiler\\.err\\.premature\\.eof"), Pattern.compile("(?s).*"), "jshell.javac.eof"),
            new Rule(Pattern.compile("compiler\\.err\\.cant\\.apply\\.symbols?"),
                    Pattern.compile("(?s)(?:no suitable \\w+ found for (\\S+)|\\w+ (\\S+) in \\w+ \\S+ cannot be applied to given types).*"), "jshell.javac.apply"),
            new Rule(Pattern.compile("compiler\\.err\\.unreported\\.exception.*"), Pattern.compile("unreported exception (\\S+); .*"), "jshell.javac.unreported"),
            new Rule(Pattern.compile("compiler\\.err\\.already\\.defined.*"), Pattern.compile("\\w+ (\\S+) is already defined.*"), "jshell.javac.defined"),
            new Rule(Pattern.compile("compiler\\.err\\.not\\.stmt"), Pattern.compile("(?s).*"), "jshell.javac.not.statement"),
            new Rule(Pattern.compile("compiler\\.err\\.illegal\\.start\\.of\\.expr"), Pattern.compile("(?s).*"), "jshell.javac.illegal.start"));

    /** The line to print for diagnostic {@code code} whose English is {@code english} (several lines, as javac writes them). */
    static String say(String code, String english) {
        return Text.t("jshell.javac.error", words(code, english));
    }

    /**
     * The complaint itself, without "error:": the lab's sentence for the common codes in Korean, else
     * javac's English, which in Korean is quoted on one line after a sentence that says it is javac's.
     */
    public static String words(String code, String english) {
        if (!Text.korean()) return english;
        for (Rule r : RULES) {
            if (!r.code().matcher(code).matches()) continue;
            Matcher m = r.english().matcher(english.strip());
            if (!m.matches()) break;
            Object[] names = new Object[m.groupCount()];
            int n = 0;
            for (int i = 1; i <= m.groupCount(); i++) if (m.group(i) != null) names[n++] = m.group(i).strip();
            return Text.t(r.key(), java.util.Arrays.copyOf(names, n));
        }
        return Text.t("jshell.javac.other", String.join(" / ", english.strip().lines().map(String::strip).toList()));
    }
}
