package mqttlab.text;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;
import picocli.CommandLine.ParameterException;

/**
 * picocli in the lab's language: its help texts from the catalogue ({@link CommandLine#setResourceBundle}),
 * and its parse errors ("Missing required parameter: 'TOPIC'") said again from the catalogue's {@code cli.*}
 * sentences when the lab speaks Korean. An error picocli words in a way this class does not know keeps picocli's words.
 */
public final class PicocliText {
    private PicocliText() { }

    /**
     * Gives {@code cl} (and its subcommands) the catalogue of the current language for its help, the
     * placeholders of its usage lines included ({@link UsageLabels}).
     */
    public static CommandLine localize(CommandLine cl) {
        ResourceBundle catalogue = Text.bundle(Text.lang());
        cl.setResourceBundle(UsageLabels.forPicocli(catalogue));
        restoreLabels(cl, catalogue);
        return cl;
    }

    /** Every help section of {@code cl} and its subcommands hands back the labels picocli laid out as tokens, its Korean broken at spaces. */
    private static void restoreLabels(CommandLine cl, ResourceBundle catalogue) {
        Map<String, CommandLine.IHelpSectionRenderer> sections = new LinkedHashMap<>(cl.getHelpSectionMap());
        sections.replaceAll((key, r) -> KoreanHelpWrap.around(key, help -> UsageLabels.restore(r.render(help), catalogue)));
        cl.setHelpSectionMap(sections);
        for (CommandLine sub : new LinkedHashSet<>(cl.getSubcommands().values())) restoreLabels(sub, catalogue);
    }

    /** A positional parameter's label as the reader sees it. */
    public static String label(PositionalParamSpec p) {
        return UsageLabels.restore(p.paramLabel(), Text.bundle(Text.lang()));
    }

    private static final Pattern INVALID = Pattern.compile("Invalid value for (?:option|positional parameter) (?:'([^']+)'(?: \\([^)]*\\))?|at index \\d+ \\(([^)]+)\\)): (.*)", Pattern.DOTALL);
    private static final Pattern NOT_A = Pattern.compile("'(.*)' is not an? (\\w+)(?: \\(.*\\))?", Pattern.DOTALL);
    private static final Pattern ONE_OF = Pattern.compile("expected one of \\[(.*)] \\(case-(?:in)?sensitive\\) but was '(.*)'", Pattern.DOTALL);
    private static final Pattern EXCLUSIVE = Pattern.compile("(?:Error: )?(.*) are mutually exclusive \\(specify only one\\)");
    private static final Pattern ONCE = Pattern.compile("option '([^']+)' \\([^)]*\\) should be specified only once");
    private static final Pattern EXPECTS = Pattern.compile("Expected parameter for option '([^']+)' but found '(.*)'");
    private static final Pattern MISSING_VALUE = Pattern.compile("Missing required parameter for option '([^']+)' \\((.*)\\)");

    /** picocli's message for {@code ex}, in the current language (in English, picocli's own words). */
    public static String message(ParameterException ex) {
        return UsageLabels.restore(said(ex), Text.bundle(Text.lang()));
    }

    private static String said(ParameterException ex) {
        String m = ex.getMessage() == null ? "" : ex.getMessage().lines().findFirst().orElse("");
        if (!Text.korean()) return m;
        if (ex instanceof CommandLine.MissingParameterException mp && !mp.getMissing().isEmpty()) {
            Matcher mv = MISSING_VALUE.matcher(m);
            if (mv.find()) return Text.t("cli.missing.value", mv.group(1), mv.group(2));
            List<String> names = new ArrayList<>();
            for (ArgSpec a : mp.getMissing()) names.add(name(a));
            boolean options = mp.getMissing().stream().allMatch(ArgSpec::isOption);
            return Text.t(options ? "cli.missing.option" : "cli.missing.parameter", String.join(", ", names));
        }
        if (ex instanceof CommandLine.UnmatchedArgumentException ua && !ua.getUnmatched().isEmpty()) {
            List<String> u = ua.getUnmatched();
            boolean option = u.get(0).startsWith("-") && u.get(0).length() > 1;
            return Text.t(option ? "cli.unknown.option" : "cli.unmatched", quoted(u));
        }
        if (ex instanceof CommandLine.OverwrittenOptionException) {
            Matcher o = ONCE.matcher(m);
            if (o.find()) return Text.t("cli.once", o.group(1));
        }
        if (ex instanceof CommandLine.MaxValuesExceededException) return Text.t("cli.too.many", m.replaceAll(".*'([^']*)'.*", "$1"));
        Matcher inv = INVALID.matcher(m);
        if (inv.matches()) {
            String what = inv.group(1) != null ? inv.group(1) : inv.group(2), why = inv.group(3);
            Matcher n = NOT_A.matcher(why);
            if (n.matches()) return Text.t("cli.not.a", what, n.group(1), Text.t("cli.type." + type(n.group(2))));
            Matcher one = ONE_OF.matcher(why);
            if (one.find()) return Text.t("cli.one.of", what, one.group(2), one.group(1));
            return Text.t("cli.invalid", what, why);
        }
        Matcher x = EXCLUSIVE.matcher(m);
        if (x.find()) return Text.t("cli.exclusive", x.group(1));
        Matcher e = EXPECTS.matcher(m);
        if (e.find()) return Text.t("cli.expects", e.group(1), e.group(2));
        return m;
    }

    private static String type(String picocli) {
        return switch (picocli) {
            case "int", "long", "short", "byte" -> "int";
            case "float", "double" -> "number";
            default -> "other";
        };
    }

    private static String name(ArgSpec a) {
        if (a instanceof OptionSpec o) return "'" + o.longestName() + "'";
        return "'" + ((PositionalParamSpec) a).paramLabel() + "'";
    }

    private static String quoted(List<String> words) {
        List<String> q = new ArrayList<>();
        for (String w : words) q.add("'" + w + "'");
        return String.join(", ", q);
    }
}
