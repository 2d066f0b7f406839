package mqttlab.shell.tree;

import java.time.Instant;
import java.util.Map;
import java.util.TreeMap;

/** The topics seen, as a tree of levels with each topic's last value, message count and retained flag (MQTT Explorer style). */
public final class TopicTree {
    /** What is kept of a topic's last value. */
    static final int LAST_BYTES = 1024;

    /** One level: its children, and when a topic ends here, its last message. */
    public static final class Node {
        final Map<String, Node> children = new TreeMap<>();
        byte[] last;
        long count;
        boolean retained;
        Instant at;

        public Map<String, Node> children() { return children; }

        public byte[] last() { return last; }

        public long count() { return count; }

        public boolean retained() { return retained; }

        public Instant at() { return at; }

        /** Messages on this topic and every topic below it. */
        public long total() {
            long t = count;
            for (Node c : children.values()) t += c.total();
            return t;
        }
    }

    private final Node root = new Node();

    public synchronized void record(String topic, byte[] payload, boolean retain, Instant time) {
        Node n = root;
        for (String level : topic.split("/", -1)) n = n.children.computeIfAbsent(level, k -> new Node());
        // a one-line view: the start of the value is enough, and a classmate's 16 MB payloads on a thousand topics are not kept
        n.last = payload.length > LAST_BYTES ? java.util.Arrays.copyOf(payload, utf8Cut(payload, LAST_BYTES)) : payload;
        n.count++;
        n.at = time;
        if (retain) n.retained = payload.length > 0;
    }

    /** A snapshot copy, safe to draw while messages keep arriving. */
    public synchronized Node snapshot() { return copy(root); }

    private static Node copy(Node n) {
        Node c = new Node();
        c.last = n.last;
        c.count = n.count;
        c.retained = n.retained;
        c.at = n.at;
        n.children.forEach((k, v) -> c.children.put(k, copy(v)));
        return c;
    }

    /** Where to cut {@code b} at most {@code max} bytes long without splitting a UTF-8 character. */
    static int utf8Cut(byte[] b, int max) {
        int cut = max;
        while (cut > 0 && (b[cut] & 0xC0) == 0x80) cut--;
        return cut;
    }
}
