package mqttlab.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * A student's program that prints for ever on one line (no line feed): the lab reads it as it comes and keeps
 * 500 characters of it (marked as cut), so the lab's own heap does not grow with it; the program is ended as any other.
 */
@Timeout(120)
class ChildOutputTest {

    @Test
    void anEndlessLineDoesNotFillTheLabsMemory(@TempDir Path dir) throws Exception {
        Path src = Files.writeString(dir.resolve("Flood.java"),
                "public class Flood { public static void main(String[] a) { String x = \"y\".repeat(65536);"
                        + " while (true) System.out.print(x); } }");
        Path classes = Files.createDirectories(dir.resolve("classes"));
        assertEquals(0, ToolProvider.getSystemJavaCompiler().run(null, null, null, "-d", classes.toString(), src.toString()));
        long before = usedHeapAfterGc();
        try (ChildJvm run = ChildJvm.start(classes, "Flood", List.of(), Limits.defaults().withGrace(Duration.ofSeconds(1)))) {
            Thread.sleep(4000);   // at pipe speed, hundreds of MB: enough to see a line held whole
            assertTrue(run.alive(), "still printing");
            long grown = usedHeapAfterGc() - before;
            assertTrue(grown < 64L << 20, "the lab's heap grew by " + (grown >> 20) + " MB while the program printed one endless line");
            Outcome o = run.stop();
            assertFalse(run.alive());
            assertTrue(o.toString().length() > 0);
            List<String> out = run.output();
            assertEquals(1, out.size(), out.size() + " lines");
            assertEquals("y".repeat(500) + "…", out.get(0), "cut at 500 characters, and marked");
        }
    }

    private static long usedHeapAfterGc() {
        var m = ManagementFactory.getMemoryMXBean();
        for (int i = 0; i < 3; i++) System.gc();
        return m.getHeapMemoryUsage().getUsed();
    }
}
