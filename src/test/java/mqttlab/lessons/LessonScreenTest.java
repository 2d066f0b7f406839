package mqttlab.lessons;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.TimeUnit;
import mqttlab.testsupport.Peers;
import mqttlab.testsupport.TmuxScreen;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.parser.Parser;
import org.jline.utils.AttributedString;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Lesson 12 (code in Python and Java) and exercise 02 (a topic table in a code block) read off a
 * real terminal, as a student copying code would read them: every code block on the screen is
 * its Markdown source line for line (host and port filled in), the Python ones compile, no line
 * but code is wider than the screen, Korean tables line up by display width, and the raw output
 * never switches to the VT100 line-drawing set (SO, or ESC ( 0), which tmux and screen show as
 * {@code qqqq}. Four combinations cover 80 and 120 columns, both TERMs and both languages.
 */
class LessonScreenTest {
    private static final Parser MARKDOWN = Parser.builder().build();

    @ParameterizedTest(name = "{0} at {1} columns, TERM={2}")
    @CsvSource({"en, 80, tmux-256color", "ko, 80, xterm-256color", "en, 120, xterm-256color", "ko, 120, tmux-256color"})
    void codeBlocksAsWritten(String lang, int cols, String term) throws Exception {
        Lesson lesson = LessonCatalog.load(LessonsFolder.find()).lesson(lang, 12).orElseThrow();
        try (TmuxScreen lab = TmuxScreen.start(lang, cols, 50, term, "--no-building")) {
            lab.waitFor(s -> TmuxScreen.lastLine(s).endsWith(">"), "the prompt");
            Path raw = lab.recordRaw();
            lab.line("lesson 12");
            lab.waitFor(s -> TmuxScreen.lastLine(s).startsWith("lab L12.1"), "lesson 12 step 1");
            for (int step = 2; step <= lesson.steps().size(); step++) {
                lab.line("next");
                String prompt = "lab L12." + step;
                lab.waitFor(s -> TmuxScreen.lastLine(s).startsWith(prompt), "step " + step);
            }
            lab.line("exercise 02");
            lab.waitFor(s -> s.contains("check 02"), "exercise 02's task");
            lab.line("lesson 1");
            lab.waitFor(s -> TmuxScreen.lastLine(s).startsWith("lab L1.1"), "lesson 1");
            for (int step = 2; step <= 4; step++) {
                lab.line("next");
                String prompt = "lab L1." + step;
                lab.waitFor(s -> TmuxScreen.lastLine(s).startsWith(prompt), "lesson 1 step " + step);
            }
            String pane = lab.all();

            LabPlaces places = new LabPlaces("127.0.0.1", lab.port(), 1);
            List<String> screen = Arrays.asList(pane.split("\n", -1));
            List<List<String>> blocks = new ArrayList<>();
            for (Step s : lesson.steps()) blocks.addAll(codeBlocks(places.fill(s.body())));
            String task = Files.readString(Path.of("exercises", "02-room-filter", lang.equals("ko") ? "task.ko.md" : "task.md"), StandardCharsets.UTF_8);
            blocks.addAll(codeBlocks(task));
            assertTrue(blocks.size() >= 8, "lesson 12 has its code blocks: " + blocks.size());
            List<String> codeOnScreen = new ArrayList<>();
            for (List<String> block : blocks) {
                int at = Collections.indexOfSubList(screen.stream().map(String::stripTrailing).toList(), block.stream().map(String::stripTrailing).toList());
                assertTrue(at >= 0, "code block not on the screen as written:\n" + String.join("\n", block) + "\n--- the pane:\n" + pane);
                codeOnScreen.addAll(block);
                if (block.get(0).startsWith("import paho")) compiles(block, lab.home());
            }
            for (String line : screen) {
                int width = new AttributedString(line.stripTrailing()).columnLength();
                assertTrue(width <= cols || codeOnScreen.contains(line.stripTrailing()), "wider than " + cols + " columns: " + line);
            }
            assertTrue(tablesAligned(screen) >= 2, "lesson 1's two tables are on the screen:\n" + pane);
            byte[] bytes = Files.readAllBytes(raw);
            String written = new String(bytes, StandardCharsets.ISO_8859_1);
            assertFalse(written.indexOf('\u000e') >= 0 || written.contains("\u001b(0"), "VT100 line drawing was switched on");
            assertTrue(new String(bytes, StandardCharsets.UTF_8).contains("┄"), "code blocks are framed with Unicode lines");
        }
    }

    /**
     * Every step of every lesson, paged through with `next` at 80 and 120 columns, both TERMs, both languages: each code block a
     * step shows is on the screen as written, Python blocks compile, no other line is wider than the screen,
     * tables line up, and VT100 line drawing is never switched on.
     */
    @ParameterizedTest(name = "every step, {0} at {1} columns, TERM={2}")
    @CsvSource({"en, 80, tmux-256color", "ko, 80, xterm-256color", "en, 120, xterm-256color", "ko, 120, tmux-256color"})
    void everyStepOnScreen(String lang, int cols, String term) throws Exception {
        LessonCatalog catalog = LessonCatalog.load(LessonsFolder.find());
        try (TmuxScreen lab = TmuxScreen.start(lang, cols, 50, term, "--no-building")) {
            lab.waitFor(s -> TmuxScreen.lastLine(s).endsWith(">"), "the prompt");
            Path raw = lab.recordRaw();
            LabPlaces places = new LabPlaces("127.0.0.1", lab.port(), 1);
            int checked = 0;
            List<String> codeOnScreen = new ArrayList<>();   // across lessons: the screen still shows the last one's end
            for (Lesson lesson : catalog.lessons(lang)) {
                lab.clearHistory();
                lab.line("lesson " + lesson.id());
                String first = "lab L" + lesson.id() + ".1";
                lab.waitFor(s -> TmuxScreen.lastLine(s).startsWith(first), "lesson " + lesson.id());
                for (int step = 2; step <= lesson.steps().size(); step++) {
                    lab.line("next");
                    String prompt = "lab L" + lesson.id() + "." + step;
                    lab.waitFor(s -> TmuxScreen.lastLine(s).startsWith(prompt), "lesson " + lesson.id() + " step " + step);
                }
                String pane = lab.all();
                List<String> screen = Arrays.asList(pane.split("\n", -1));
                List<String> shownLines = screen.stream().map(String::stripTrailing).toList();
                for (Step st : lesson.steps()) {
                    for (List<String> block : codeBlocks(st.body())) {
                        if (String.join("\n", block).contains("{{altport}}")) {
                            // the shell picks that port itself: the block's other lines are checked one by one
                            for (String line : block) {
                                if (line.contains("{{altport}}")) continue;
                                String filledLine = places.fill(line).stripTrailing();
                                assertTrue(shownLines.contains(filledLine), lang + " lesson " + lesson.id() + ": code line not on the screen: " + filledLine);
                                codeOnScreen.add(filledLine);
                            }
                            continue;
                        }
                        List<String> filled = Arrays.asList(places.fill(String.join("\n", block)).split("\n", -1));
                        int at = Collections.indexOfSubList(shownLines, filled.stream().map(String::stripTrailing).toList());
                        assertTrue(at >= 0, lang + " lesson " + lesson.id() + " step " + st.number() + ": code block not on the screen as written:\n"
                                + String.join("\n", filled) + "\n--- the pane:\n" + pane);
                        codeOnScreen.addAll(filled.stream().map(String::stripTrailing).toList());
                        if (filled.get(0).startsWith("import paho")) compiles(filled, lab.home());
                        checked++;
                    }
                }
                for (String line : shownLines) {
                    int width = new AttributedString(line).columnLength();
                    assertTrue(width <= cols || codeOnScreen.contains(line), lang + " lesson " + lesson.id() + ": wider than " + cols + " columns: " + line);
                }
                tablesAligned(screen);
            }
            assertTrue(checked >= 40, "code blocks checked: " + checked);
            String written = new String(Files.readAllBytes(raw), StandardCharsets.ISO_8859_1);
            assertFalse(written.indexOf('\u000e') >= 0 || written.contains("\u001b(0"), "VT100 line drawing was switched on");
        }
    }

    /**
     * Checks every table on the screen (runs of lines with two or more column separators): each line of a
     * table has its separators at the same display columns, Korean counting two. Returns how many tables.
     */
    private static int tablesAligned(List<String> screen) {
        int tables = 0;
        List<Integer> columns = null;
        for (String line : screen) {
            List<Integer> at = new ArrayList<>();
            int col = 0;
            for (int i = 0; i < line.length(); i++) {
                char c = line.charAt(i);
                if (c == '│' || c == '┼') at.add(col);
                col += Math.max(0, org.jline.utils.WCWidth.wcwidth(c));
            }
            if (at.size() < 2) {
                columns = null;
                continue;
            }
            if (columns == null) {
                columns = at;
                tables++;
            }
            assertEquals(columns, at, "a table's columns do not line up at: " + line);
        }
        return tables;
    }

    /** The code blocks of {@code markdown} that a student reads (not the lab's check, hint or solution blocks), line by line. */
    static List<List<String>> codeBlocks(String markdown) {
        List<List<String>> out = new ArrayList<>();
        MARKDOWN.parse(markdown).accept(new AbstractVisitor() {
            @Override public void visit(FencedCodeBlock b) {
                String info = b.getInfo() == null ? "" : b.getInfo().strip();
                if (!List.of("check", "hint", "solution", "question", "answer").contains(info)) out.add(lines(b.getLiteral()));
            }

            @Override public void visit(IndentedCodeBlock b) { out.add(lines(b.getLiteral())); }
        });
        return out;
    }

    private static List<String> lines(String literal) {
        String s = literal.endsWith("\n") ? literal.substring(0, literal.length() - 1) : literal;
        return List.of(s.split("\n", -1));
    }

    /** The block, copied off the screen, compiles as Python. */
    private static void compiles(List<String> block, Path dir) throws Exception {
        Path py = Files.createTempFile(dir, "copied", ".py");
        Files.writeString(py, String.join("\n", block) + "\n", StandardCharsets.UTF_8);
        Process p = new ProcessBuilder(Peers.require("python3").toString(), "-m", "py_compile", py.toString()).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(30, TimeUnit.SECONDS), "py_compile finished");
        assertEquals(0, p.exitValue(), "the block copied off the screen does not compile:\n" + String.join("\n", block) + "\n" + out);
    }
}
