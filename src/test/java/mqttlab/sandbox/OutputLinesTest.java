package mqttlab.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class OutputLinesTest {

    @Test
    void anEndlessLineIsCutAsItArrivesNotHeldWhole() {
        List<String> lines = new ArrayList<>();
        OutputLines o = new OutputLines(100, lines::add);
        byte[] chunk = "가x".repeat(4096).getBytes(StandardCharsets.UTF_8);
        for (int i = 0; i < 25_000; i++) o.write(chunk, 0, chunk.length);   // 400 MB with no line feed
        assertEquals(List.of(), lines, "no line ended yet");
        o.finish();
        assertEquals(List.of("가x".repeat(50) + "…"), lines, "cut at 100 characters, Korean whole");
    }

    @Test
    void eachLineGoesOnAsItEndsAndCrLfEndsALine() {
        List<String> lines = new ArrayList<>();
        OutputLines o = new OutputLines(80, lines::add);
        PrintStream out = new PrintStream(o, true, StandardCharsets.UTF_8);
        out.print("a\r\nb\n");
        assertEquals(List.of("a", "b"), lines);
        out.print("unfinished");
        o.finish();
        o.finish();
        assertEquals(List.of("a", "b", "unfinished"), lines);
    }

    @Test
    void aKoreanCharacterSplitAcrossWritesStaysWhole() {
        List<String> lines = new ArrayList<>();
        OutputLines o = new OutputLines(80, lines::add);
        for (byte x : "온도\n".getBytes(StandardCharsets.UTF_8)) o.write(x);
        assertEquals(List.of("온도"), lines);
    }
}
