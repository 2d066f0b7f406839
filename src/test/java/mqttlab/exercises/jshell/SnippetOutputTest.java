package mqttlab.exercises.jshell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SnippetOutputTest {

    private static void print(SnippetOutput o, String s) {
        byte[] b = s.getBytes(StandardCharsets.UTF_8);
        o.write(b, 0, b.length);
    }

    @Test
    void aRunningSnippetsLinesAreKeptAndBetweenSnippetsTheyGoToTheListener() {
        SnippetOutput o = new SnippetOutput();
        List<String> shown = new ArrayList<>();
        o.listen(shown::add);
        print(o, "before the first snippet\n");
        assertEquals(List.of(), shown, "held until JShell is ready");
        o.pass();
        assertEquals(List.of("before the first snippet"), shown);
        print(o, "callback 1\ncall");
        print(o, "back 2\r\n");
        assertEquals(List.of("before the first snippet", "callback 1", "callback 2"), shown);
        o.hold();
        print(o, "snippet\nno newline");
        assertEquals(3, shown.size());
        assertEquals(List.of("snippet", "no newline"), o.drain());
    }

    @Test
    void aKoreanCharacterSplitAcrossWritesStaysWhole() {
        SnippetOutput o = new SnippetOutput();
        byte[] b = "온도\n".getBytes(StandardCharsets.UTF_8);
        for (byte x : b) o.write(x);
        assertEquals(List.of("온도"), o.drain());
    }

    @Test
    void endlessOutputCostsAMegabyteAndTheStudentIsToldWhatWasLeftOut() {
        SnippetOutput o = new SnippetOutput();
        String line = "x".repeat(999) + "\n";
        for (int i = 0; i < 3000; i++) print(o, line);   // 3 MB
        List<String> out = o.drain();
        assertEquals(SnippetOutput.MAX_KEPT / 999 + 1, out.size());
        assertTrue(out.get(out.size() - 1).contains(String.valueOf(3000 - SnippetOutput.MAX_KEPT / 999)), out.get(out.size() - 1));
        assertEquals(List.of(), o.drain());
    }

    @Test
    void aLineWithoutEndIsCut() {
        SnippetOutput o = new SnippetOutput();
        print(o, "y".repeat(SnippetOutput.MAX_LINE + 10) + "\n");
        List<String> out = o.drain();
        assertEquals(1, out.size());
        assertEquals("y".repeat(SnippetOutput.MAX_LINE) + "…", out.get(0));
    }
}
