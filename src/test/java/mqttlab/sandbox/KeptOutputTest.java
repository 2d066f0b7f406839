package mqttlab.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What the lab keeps of a student program's output stays bounded however much it prints. */
class KeptOutputTest {

    @Test
    void theFirstAndLastLinesAreKeptAndTheRestCounted() {
        KeptOutput k = new KeptOutput(3, 2, 80);
        PrintStream out = new PrintStream(k, true, StandardCharsets.UTF_8);
        for (int i = 1; i <= 1_000_000; i++) out.println("line " + i);
        KeptOutput.Kept kept = k.drain();
        assertEquals(List.of("line 1", "line 2", "line 3"), kept.head());
        assertEquals(List.of("line 999999", "line 1000000"), kept.tail());
        assertEquals(1_000_000 - 5, kept.linesLeftOut());
        assertTrue(k.drain().head().isEmpty(), "a drain forgets what it returned");
    }

    @Test
    void anEndlessLineIsCutAsItArrivesNotHeldWhole() {
        KeptOutput k = new KeptOutput(10, 10, 100);
        byte[] chunk = "가x".repeat(4096).getBytes(StandardCharsets.UTF_8);
        for (int i = 0; i < 25_000; i++) k.write(chunk, 0, chunk.length);   // 400 MB with no line feed
        KeptOutput.Kept kept = k.drain();
        assertEquals(1, kept.head().size());
        assertEquals("가x".repeat(50) + "…", kept.head().get(0), "cut at 100 characters, Korean whole");
        assertEquals(1, kept.linesCut());
    }

    @Test
    void crLfEndsALineAndAFilterDropsNoise() {
        KeptOutput k = new KeptOutput(5, 5, 80, l -> !l.startsWith("OpenJDK"));
        byte[] b = "a\r\nOpenJDK warning\nb\nunfinished".getBytes(StandardCharsets.UTF_8);
        k.write(b, 0, b.length);
        assertEquals(List.of("a", "b", "unfinished"), k.drain().head());
    }
}
