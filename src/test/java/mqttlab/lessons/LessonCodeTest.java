package mqttlab.lessons;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import mqttlab.broker.tap.Direction;
import mqttlab.exercises.jshell.JShellSession;
import mqttlab.exercises.lab.EmbeddedLab;
import mqttlab.protocol.packet.Publish;
import mqttlab.shell.CommandRegistry;
import mqttlab.shell.LabShell;
import mqttlab.shell.ShellCommands;
import mqttlab.testsupport.Peers;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * Code copied from a lesson runs: every Python program against a real lab broker on an ephemeral port
 * (with the lesson's {{host}}/{{port}} filled in, as the student sees them), every JShell line of lesson 12
 * in the lab's JShell, and every lab-shell or `./mqttlab` command a lesson shows parses without an unknown
 * command or option.
 */
@org.junit.jupiter.api.Timeout(180)
class LessonCodeTest {
    private static final Pattern BLOCK = Pattern.compile("(?ms)^```[^\\n]*\\n(.*?)\\n```\\s*$");

    /** Every fenced code block of a lesson (intro, step texts and hints), filled with {@code places}. */
    static List<String> blocks(Lesson l, LabPlaces places) {
        StringBuilder md = new StringBuilder(l.intro()).append('\n');
        for (Step s : l.steps()) md.append(s.body()).append('\n').append(s.hint().orElse("")).append('\n');
        List<String> out = new ArrayList<>();
        Matcher m = BLOCK.matcher(places.fill(md.toString()));
        while (m.find()) out.add(m.group(1));
        return out;
    }

    static List<String> python(Lesson l, LabPlaces places) {
        return blocks(l, places).stream().filter(b -> b.contains("import paho")).toList();
    }

    @Test
    @DisplayName("every Python block runs with /usr/bin/python3 and paho against the lab: the subscriber receives readings, the publisher's PUBLISH arrives")
    void pythonRuns(@TempDir Path dir) throws Exception {
        Path python = Peers.python3WithPaho();
        for (Lesson l : Lessons.CATALOG.lessons("en")) {
            assertEquals(python(l, LabPlaces.DEFAULT), python(Lessons.CATALOG.lesson("ko", l.id()).orElseThrow(), LabPlaces.DEFAULT),
                    "lesson " + l.id() + ": the Korean lesson's Python differs from the English one");
        }
        int ran = 0;
        try (EmbeddedLab lab = EmbeddedLab.startPrivate()) {
            lab.liveBuilding().speed(20);
            LabPlaces places = LabPlaces.around(lab.host(), lab.port());
            List<String> published = new CopyOnWriteArrayList<>();
            lab.onPacket(e -> {
                if (e.direction() == Direction.IN && e.packet() instanceof Publish p && !lab.isInternalClient(e.clientId())) {
                    published.add(p.topic() + " " + p.payloadAsString() + " q" + p.qos().value());
                }
            });
            for (Lesson l : Lessons.CATALOG.lessons("en")) {
                for (String block : python(l, places)) {
                    String program = block.lines().map(x -> x.startsWith(">>> ") ? x.substring(4) : x.equals(">>>") ? "" : x)
                            .reduce("", (a, b) -> a + b + "\n");
                    Path file = Files.writeString(dir.resolve("lesson" + l.id() + "_" + ran + ".py"), program);
                    String where = "lesson " + l.id() + ":\n" + program;
                    Process p = new ProcessBuilder(python.toString(), "-u", file.toString()).redirectErrorStream(true).start();
                    StringBuilder out = new StringBuilder();
                    Thread reader = new Thread(() -> {
                        try {
                            out.append(new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8));
                        } catch (java.io.IOException ignored) {
                            // the process was stopped
                        }
                    });
                    reader.start();
                    if (program.contains("loop_forever")) {
                        // a subscriber runs until stopped: give it the time to receive a few readings, then stop it
                        p.waitFor(8, TimeUnit.SECONDS);
                        assertTrue(p.isAlive(), where + "\nended by itself");
                        p.destroy();
                        p.waitFor(5, TimeUnit.SECONDS);
                        reader.join(5_000);
                        assertTrue(out.toString().contains("connected, rc = 0"), where + "\nprinted:\n" + out);
                        assertTrue(Pattern.compile("(?m)^building/\\d+/sensor\\d+/temperature -?\\d").matcher(out).find(), where + "\nprinted:\n" + out);
                    } else {
                        assertTrue(p.waitFor(30, TimeUnit.SECONDS), where + "\ndid not end");
                        reader.join(5_000);
                        assertEquals(0, p.exitValue(), where + "\nprinted:\n" + out);
                        assertFalse(out.toString().contains("Traceback"), where + "\nprinted:\n" + out);
                    }
                    ran++;
                }
            }
            assertTrue(published.contains("building/125/ac/set ON q1"), "the publisher's PUBLISH reached the broker: " + published);
        }
        assertTrue(ran >= 3, "only " + ran + " Python blocks found");
    }

    @Test
    @DisplayName("every JShell line of lesson 12 compiles and runs in the lab's JShell against a live lab")
    void javaRuns() throws Exception {
        Lesson twelve = Lessons.CATALOG.lesson("en", 12).orElseThrow();
        List<String> snippets = new ArrayList<>();
        for (String block : blocks(twelve, LabPlaces.DEFAULT)) {
            for (String line : block.lines().toList()) {
                if (line.startsWith("var c =") || line.startsWith("c.")) snippets.add(line);
            }
        }
        assertTrue(snippets.size() >= 5, "JShell lines found: " + snippets);
        try (EmbeddedLab lab = EmbeddedLab.startPrivate(); JShellSession js = new JShellSession(lab.host(), lab.port(), List.of())) {
            for (String s : snippets) {
                List<String> out = js.eval(s);
                assertFalse(out.stream().anyMatch(x -> x.startsWith("error") || x.contains("Exception")), s + "\n" + String.join("\n", out));
            }
        }
    }

    @Test
    @DisplayName("every lab-shell and ./mqttlab command a lesson shows, in both languages, parses: no unknown command or option")
    void commandsParse() {
        CommandRegistry registry = ShellCommands.registry();
        List<String> names = new ArrayList<>();
        for (CommandRegistry.Entry e : registry.entries()) {
            names.add(e.name());
            names.addAll(e.aliases());
        }
        int parsed = 0;
        for (String lang : Lessons.CATALOG.languages()) {
            for (Lesson l : Lessons.CATALOG.lessons(lang)) {
                for (String block : blocks(l, LabPlaces.DEFAULT)) {
                    for (String line : block.lines().toList()) {
                        List<String> words = words(line);
                        if (words.isEmpty()) continue;
                        String where = lang + " lesson " + l.id() + ": `" + line + "`";
                        CommandLine cl;
                        List<String> args;
                        if (words.get(0).equals("./mqttlab")) {
                            cl = mqttlab.cli.Main.commandLine();
                            args = words.subList(1, words.size());
                        } else if (names.contains(words.get(0)) && !line.startsWith(">>>")) {
                            CommandRegistry.Entry e = registry.find(words.get(0));
                            assertTrue(e != null, where + ": unknown command");
                            cl = new CommandLine(e.factory().apply(null));
                            cl.setUnmatchedOptionsArePositionalParams(false);
                            args = words.subList(1, words.size());
                        } else {
                            continue;
                        }
                        try {
                            cl.parseArgs(args.toArray(new String[0]));
                        } catch (CommandLine.ParameterException ex) {
                            throw new AssertionError(where + " does not parse: " + ex.getMessage(), ex);
                        }
                        parsed++;
                    }
                }
            }
        }
        assertTrue(parsed >= 60, "only " + parsed + " commands found in the lessons");
    }

    private static List<String> words(String line) {
        if (line.isBlank()) return List.of();
        return LabShell.lineParser().parse(line, line.length(), org.jline.reader.Parser.ParseContext.ACCEPT_LINE).words()
                .stream().filter(w -> !w.isEmpty()).toList();
    }
}
