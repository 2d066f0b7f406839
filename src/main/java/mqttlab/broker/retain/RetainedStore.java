package mqttlab.broker.retain;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Retained messages, at most one per topic name [MQTT-3.3.1-5], in a trie by level as Mosquitto's
 * retain.c: {@link #match(String)} for a new subscription walks only the branches its filter
 * reaches; {@link #remove} prunes the levels it leaves empty. Generic over the value, so the broker
 * stores its own message record.
 *
 * <p>Thread-safety: every method is synchronized; the broker writes from its event loop, the shell
 * reads {@link #all()} from another thread.
 *
 * @param <V> what is stored per topic
 */
public final class RetainedStore<V> {
    private static final class Node<V> {
        Map<String, Node<V>> children;
        V value;
    }

    private final Node<V> root = new Node<>();
    private int count;

    /** Stores (or replaces) the retained message of a topic name (no wildcards). */
    public synchronized void put(String topic, V value) {
        Objects.requireNonNull(value, "value");
        Node<V> node = root;
        for (String level : levels(topic)) {
            if (node.children == null) node.children = new HashMap<>(4);
            node = node.children.computeIfAbsent(level, k -> new Node<>());
        }
        if (node.value == null) count++;
        node.value = value;
    }

    /** Clears a topic's retained message, as an empty retained payload does (3.1.1 [MQTT-3.3.1-10], 5.0 [MQTT-3.3.1-6]). */
    public synchronized void remove(String topic) {
        remove(root, levels(topic), 0);
    }

    public synchronized V get(String topic) {
        Node<V> node = root;
        for (String level : levels(topic)) {
            node = node.children == null ? null : node.children.get(level);
            if (node == null) return null;
        }
        return node.value;
    }

    /**
     * The retained messages whose topic matches {@code filter} (a plain filter: pass a shared
     * subscription's part after {@code $share/group/}). A filter starting with '+' or '#' does not
     * return topics starting with '$' [MQTT-4.7.2-1]; {@code a/#} includes {@code a} itself.
     */
    public synchronized List<V> match(String filter) {
        List<V> out = new ArrayList<>();
        match(root, levels(filter), 0, out);
        return out;
    }

    public synchronized int count() {
        return count;
    }

    /** A copy of every retained value. */
    public synchronized List<V> all() {
        List<V> out = new ArrayList<>(count);
        collect(root, true, out);
        return out;
    }

    /** True when nothing is stored and no node is left but the root. */
    public synchronized boolean isEmpty() {
        return count == 0 && root.children == null;
    }

    private void match(Node<V> node, String[] f, int i, List<V> out) {
        if (i == f.length) {
            if (node.value != null) out.add(node.value);
            return;
        }
        String level = f[i];
        if (level.equals("#")) {
            if (node.value != null) out.add(node.value); // the parent: "a/#" matches "a"
            if (node.children != null) {
                for (Map.Entry<String, Node<V>> c : node.children.entrySet()) {
                    if (i > 0 || !c.getKey().startsWith("$")) collect(c.getValue(), false, out);
                }
            }
        } else if (level.equals("+")) {
            if (node.children != null) {
                for (Map.Entry<String, Node<V>> c : node.children.entrySet()) {
                    if (i > 0 || !c.getKey().startsWith("$")) match(c.getValue(), f, i + 1, out);
                }
            }
        } else if (node.children != null) {
            Node<V> child = node.children.get(level);
            if (child != null) match(child, f, i + 1, out);
        }
    }

    private void collect(Node<V> node, boolean skipValue, List<V> out) {
        if (!skipValue && node.value != null) out.add(node.value);
        if (node.children != null) for (Node<V> c : node.children.values()) collect(c, false, out);
    }

    /** Returns true when {@code node} is left empty, so its parent drops it. */
    private boolean remove(Node<V> node, String[] levels, int i) {
        if (i == levels.length) {
            if (node.value != null) {
                node.value = null;
                count--;
            }
        } else if (node.children != null) {
            Node<V> child = node.children.get(levels[i]);
            if (child != null && remove(child, levels, i + 1)) {
                node.children.remove(levels[i]);
                if (node.children.isEmpty()) node.children = null;
            }
        }
        return node.value == null && node.children == null;
    }

    private static String[] levels(String s) {
        return s.split("/", -1);
    }
}
