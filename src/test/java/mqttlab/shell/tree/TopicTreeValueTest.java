package mqttlab.shell.tree;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The topic tree keeps the start of each topic's last value, never a classmate's whole 16 MB payload, and cuts between characters. */
class TopicTreeValueTest {

    @Test
    void aBigValueIsKeptByItsStartWholeCharactersOnly() {
        TopicTree t = new TopicTree();
        byte[] big = ("x" + "가".repeat(6 << 20)).getBytes(StandardCharsets.UTF_8);   // 18 MB
        t.record("students/s01/big", big, false, Instant.EPOCH);
        byte[] kept = t.snapshot().children().get("students").children().get("s01").children().get("big").last();
        assertEquals(1 + 3 * 341, kept.length, "at most 1,024 bytes, cut before a character's first byte");
        assertEquals("x" + "가".repeat(341), new String(kept, StandardCharsets.UTF_8));
    }
}
