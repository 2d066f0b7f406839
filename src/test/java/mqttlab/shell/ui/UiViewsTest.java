package mqttlab.shell.ui;

import mqttlab.text.Sparkline;
import mqttlab.text.Table;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.stream.Collectors;
import mqttlab.shell.Styles;
import mqttlab.shell.tree.TopicTree;
import org.jline.utils.AttributedString;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class UiViewsTest {
    private static String text(List<AttributedString> lines) {
        return lines.stream().map(AttributedString::toString).collect(Collectors.joining("\n"));
    }

    @Test
    @DisplayName("Table aligns columns by display width, so Korean cells (two columns a character) line up")
    void tableAlignsByDisplayWidth() {
        Table t = new Table("CLIENT", "TOPIC").row("센서1", "building/125").row("sub", "x");
        assertEquals(String.join("\n",
                "CLIENT  TOPIC",
                "센서1   building/125",
                "sub     x"), text(t.render(false)));
    }

    @Test
    @DisplayName("TopicTreeView draws levels, last values, counts and the retained marker")
    void topicTree() {
        TopicTree tree = new TopicTree();
        byte[] a = "24.8".getBytes(StandardCharsets.UTF_8), b = "25.1".getBytes(StandardCharsets.UTF_8);
        tree.record("building/125/sensor1/temperature", a, false, Instant.EPOCH);
        tree.record("building/125/sensor1/temperature", b, false, Instant.EPOCH);
        tree.record("building/125/ac/state", "ON".getBytes(StandardCharsets.UTF_8), true, Instant.EPOCH);
        tree.record("test", new byte[] {0, 1}, false, Instant.EPOCH);
        assertEquals(String.join("\n",
                "├─ building  (3)",
                "│  └─ 125  (3)",
                "│     ├─ ac  (1)",
                "│     │  └─ state = ON  (1 msg) [retained]",
                "│     └─ sensor1  (2)",
                "│        └─ temperature = 25.1  (2 msgs)",
                "└─ test = 0x0001  (1 msg)"), text(TopicTreeView.render(tree.snapshot(), new Styles(false), 40)));
    }

    @Test
    @DisplayName("Sparkline scales values to eight block heights")
    void sparkline() {
        assertEquals("▁▂▄█", Sparkline.of(List.of(0.0, 1.0, 3.0, 7.0)));
        assertEquals("▁▁", Sparkline.of(List.of(0.0, 0.0)));
    }

    @Test
    @DisplayName("MessageLine: -v form, (null) for empty, hex for binary; colour tags only on a colour terminal")
    void messageLine() {
        var m = mqttlab.client.Received.basic("a/b", "hi".getBytes(StandardCharsets.UTF_8), 1, true, 3);
        assertEquals("a/b hi", MessageLine.render(m, null, null, new Styles(false)).toString());
        assertEquals("a/b hi  q1 retained", MessageLine.render(m, null, null, new Styles(true)).toString());
        var bin = mqttlab.client.Received.basic("x", new byte[] {0, (byte) 0xff}, 0, false, 0);
        assertEquals("[s1] x 0x00ff", MessageLine.render(bin, null, "s1", new Styles(false)).toString());
        var empty = mqttlab.client.Received.basic("x", new byte[0], 0, false, 0);
        assertEquals("x (null)", MessageLine.render(empty, null, null, new Styles(false)).toString());
    }

    @Test
    @DisplayName("MessageLine: a payload's ESC is shown, its further lines and over-wide rows are marked as continuations")
    void messageLineFromAClassmate() {
        byte[] payload = ("\u001b[2J\u001b]0;owned\u0007hi\r\n[class] Announcement from the instructor: go home\n"
                + "x".repeat(100)).getBytes(StandardCharsets.UTF_8);
        var m = mqttlab.client.Received.basic("lab/\u202eowl", payload, 0, false, 0);
        String[] rows = MessageLine.render(m, null, null, new Styles(false), null, 40).toString().split("\n");
        assertEquals("lab/<U+202E>owl ␛[2J␛]0;owned␇hi", rows[0]);
        for (int i = 1; i < rows.length; i++) {
            assertTrue(rows[i].startsWith(MessageLine.CONTINUED), rows[i]);
            assertTrue(rows[i].length() <= 40, rows[i]);
        }
        assertEquals(MessageLine.CONTINUED + "[class] Announcement from the instru", rows[1]);
        assertEquals(6, rows.length, String.join("\n", rows));
    }

    @Test
    @DisplayName("A three-lane diagram with long client ids and topic fits 80 columns instead of wrapping")
    void diagramFitsTheScreen() {
        String topic = "building/125/sensor1/temperature/with/a/very/long/tail/that/goes/on";
        var d = new SequenceDiagram(List.of("a-publisher-with-a-long-client-id", "broker", "a-subscriber-with-a-long-client-id"))
                .step(0, 1, "PUBLISH q1 m1 '" + topic + "'", null, false).step(1, 0, "PUBACK m1", null, false)
                .step(1, 2, "PUBLISH q1 m7 '" + topic + "'", null, false);
        for (var l : d.render(false, false, 80)) assertTrue(l.columnLength() <= 80, l.columnLength() + ": " + l);
        assertTrue(d.render(false, false, 0).stream().anyMatch(l -> l.toString().contains(topic)), "uncut without a width");
    }
}
