package mqttlab.shell.classroom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import mqttlab.shell.command.BuildingCommand;
import mqttlab.shell.command.FaultCommand;
import mqttlab.shell.command.TraceCommand;
import mqttlab.testsupport.EnglishRuns;
import mqttlab.text.Lang;
import mqttlab.text.PicocliText;
import mqttlab.text.Text;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * The six commands whose words were parsed by hand (class, roster, scoreboard, fault, trace, building) are picocli
 * subcommands now: each word has generated help, in both languages from the catalogue, and its candidates for completion.
 */
class WordCommandsHelpTest {
    /** The commands as the shell makes them; their help needs no running lab. */
    private static Map<String, Object> commands() {
        Map<String, Object> m = new TreeMap<>();
        m.put("class", new ClassCommand(null, null));
        m.put("roster", new RosterCommand(null, null));
        m.put("scoreboard", new ScoreboardCommand(null, null, null));
        m.put("fault", new FaultCommand(null));
        m.put("trace", new TraceCommand(null));
        m.put("building", new BuildingCommand(null));
        return m;
    }

    private static final Map<String, Set<String>> WORDS = Map.of(
            "class", Set.of("announce", "lesson", "allow", "deny", "reset-building"),
            "roster", Set.of("list", "add", "remove", "import"),
            "scoreboard", Set.of("export"),
            "fault", Set.of("list", "clear", "drop", "delay", "duplicate", "cut"),
            "trace", Set.of("on", "off", "last", "topic"),
            "building", Set.of("pause", "resume", "reset", "speed", "outside", "set", "controller", "unplug", "plug"));

    @AfterEach
    void english() { Text.use(Lang.EN); }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Lang.class)
    @DisplayName("every word of the six commands is a subcommand whose help is in the lab's language, every argument described")
    void everyWordHasHelp(Lang lang) {
        Text.use(lang);
        List<String> problems = new ArrayList<>();
        commands().forEach((name, command) -> {
            CommandLine cl = PicocliText.localize(new CommandLine(command));
            Set<String> names = new java.util.TreeSet<>();
            cl.getSubcommands().values().forEach(s -> names.add(s.getCommandName()));
            assertEquals(new java.util.TreeSet<>(WORDS.get(name)), names, name);
            String top = usage(cl);
            for (String word : names) assertTrue(top.contains(word), name + " lists " + word + ":\n" + top);
            for (CommandLine sub : cl.getSubcommands().values()) {
                String help = usage(sub);
                String qualified = name + " " + sub.getCommandName();
                if (!help.contains(Text.t("usage.synopsisHeading").strip() + " " + qualified)) problems.add(qualified + ": no synopsis\n" + help);
                CommandSpec spec = sub.getCommandSpec();
                if (String.join("", spec.usageMessage().description()).isBlank()) problems.add(qualified + ": no description");
                for (ArgSpec a : spec.args()) {
                    if (!a.hidden() && String.join("", a.description()).isBlank()) problems.add(qualified + ": " + a.paramLabel() + " undescribed");
                }
                if (lang == Lang.KO) for (String run : EnglishRuns.in(prose(help))) problems.add(qualified + ": English left: " + run);
            }
            if (lang == Lang.KO) for (String run : EnglishRuns.in(prose(top))) problems.add(name + ": English left: " + run);
        });
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }

    @Test
    @DisplayName("completion candidates come from the subcommands' parameters: packet types, to|from, on|off, curve, ac")
    void candidates() {
        CommandLine fault = new CommandLine(new FaultCommand(null));
        var drop = fault.getSubcommands().get("drop").getCommandSpec().positionalParameters();
        assertTrue(iterable(drop.get(0).completionCandidates()).contains("pubcomp"));
        assertEquals(List.of("to", "from"), iterable(drop.get(1).completionCandidates()));
        CommandLine building = new CommandLine(new BuildingCommand(null));
        assertEquals(List.of("on", "off"), iterable(building.getSubcommands().get("controller").getCommandSpec().positionalParameters().get(0).completionCandidates()));
        assertEquals(List.of("curve"), iterable(building.getSubcommands().get("outside").getCommandSpec().positionalParameters().get(0).completionCandidates()));
        assertEquals(List.of("ac"), iterable(new CommandLine(new ClassCommand(null, null)).getSubcommands().get("allow").getCommandSpec().positionalParameters().get(0).completionCandidates()));
        assertFalse(fault.getSubcommands().containsKey("explode"));
        assertTrue(fault.getSubcommands().containsKey("dup"), "`fault dup` stays short for duplicate");
    }

    /** The help without its synopsis line ({@code 사용법: class allow ac}), which is the command as typed. */
    private static String prose(String help) {
        String heading = Text.t("usage.synopsisHeading").strip();
        return String.join("\n", help.lines().filter(l -> !l.startsWith(heading)).toList());
    }

    private static List<String> iterable(Iterable<String> it) {
        List<String> out = new ArrayList<>();
        it.forEach(out::add);
        return out;
    }

    private static String usage(CommandLine cl) {
        StringWriter w = new StringWriter();
        cl.usage(new PrintWriter(w), CommandLine.Help.Ansi.OFF);
        return w.toString();
    }
}
