package mqttlab.broker.subscription;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * Every subscription of the broker, in a trie by topic level (literal children, a '+' child and a
 * '#' child per level), as Moquette's CTrie and Mosquitto's subs.c. {@link #match(String)} walks
 * only the branches a topic can reach. Unsubscribing prunes nodes left empty, so memory follows the
 * live subscriptions however many come and go.
 *
 * <p>Thread-safety: every method is synchronized. The broker calls it from its event loop; the shell
 * reads {@link #all()} and {@link #subscriptionsOf} from another thread and gets a consistent copy.
 * Uncontended, the lock costs a few nanoseconds on the hot path.
 */
public final class SubscriptionTree {
    private final Node root = new Node();
    /** Each client's subscriptions by filter (as subscribed), in subscription order. */
    private final Map<String, LinkedHashMap<String, SubscriptionEntry>> byClient = new LinkedHashMap<>();
    private int count;

    /**
     * Adds the subscription, or replaces this client's subscription with the identical filter
     * [MQTT-3.8.4-3]. Returns true when it replaced one (v5 retain handling 1 needs to know).
     */
    public synchronized boolean subscribe(SubscriptionEntry e) {
        Node node = root;
        for (String level : Levels.of(e.matchFilter())) node = node.childOrNew(level);
        boolean replaced;
        if (e.shareGroup() == null) {
            if (node.subscribers == null) node.subscribers = new LinkedHashMap<>(4);
            replaced = node.subscribers.put(e.clientId(), e) != null;
        } else {
            if (node.groups == null) node.groups = new LinkedHashMap<>(2);
            Node.SharedGroup g = node.groups.computeIfAbsent(e.shareGroup(), k -> new Node.SharedGroup());
            int i = g.indexOf(e.clientId());
            replaced = i >= 0;
            if (replaced) g.members.set(i, e);
            else g.members.add(e);
        }
        byClient.computeIfAbsent(e.clientId(), k -> new LinkedHashMap<>(4)).put(e.filter(), e);
        if (!replaced) count++;
        return replaced;
    }

    /** Removes the client's subscription to exactly this filter (as subscribed); false when there was none. */
    public synchronized boolean unsubscribe(String clientId, String filter) {
        Map<String, SubscriptionEntry> mine = byClient.get(clientId);
        SubscriptionEntry e = mine == null ? null : mine.remove(filter);
        if (e == null) return false;
        if (mine.isEmpty()) byClient.remove(clientId);
        remove(root, Levels.of(e.matchFilter()), 0, e);
        count--;
        return true;
    }

    /** Removes every subscription of the client (a clean session ends, a session expires). */
    public synchronized void removeClient(String clientId) {
        Map<String, SubscriptionEntry> mine = byClient.remove(clientId);
        if (mine == null) return;
        for (SubscriptionEntry e : mine.values()) {
            remove(root, Levels.of(e.matchFilter()), 0, e);
            count--;
        }
    }

    /**
     * Who receives a message published to {@code topic}: every matching non-shared subscription,
     * and for each matching shared subscription (group and filter) one member, in turn. Not
     * deduplicated: a client with overlapping filters appears once per filter [MQTT-3.3.4-2].
     */
    public List<SubscriptionEntry> match(String topic) {
        return match(topic, null);
    }

    /**
     * As {@link #match(String)}, but a share group prefers a member for whom {@code online} is true,
     * taking turns among those; when none is online, the next member in turn is chosen anyway.
     */
    public synchronized List<SubscriptionEntry> match(String topic, Predicate<String> online) {
        List<SubscriptionEntry> out = new ArrayList<>();
        String[] levels = Levels.of(topic);
        collect(root, levels, 0, topic.startsWith("$"), online, out);
        return out;
    }

    /** How many subscriptions the client holds. */
    public synchronized int countOf(String clientId) {
        Map<String, SubscriptionEntry> mine = byClient.get(clientId);
        return mine == null ? 0 : mine.size();
    }

    /** True when the client holds a subscription to exactly this filter (as subscribed). */
    public synchronized boolean holds(String clientId, String filter) {
        Map<String, SubscriptionEntry> mine = byClient.get(clientId);
        return mine != null && mine.containsKey(filter);
    }

    public synchronized List<SubscriptionEntry> subscriptionsOf(String clientId) {
        Map<String, SubscriptionEntry> mine = byClient.get(clientId);
        return mine == null ? List.of() : List.copyOf(mine.values());
    }

    /** A copy of every subscription, grouped by client in the order clients first subscribed. */
    public synchronized List<SubscriptionEntry> all() {
        List<SubscriptionEntry> out = new ArrayList<>(count);
        for (Map<String, SubscriptionEntry> mine : byClient.values()) out.addAll(mine.values());
        return out;
    }

    public synchronized int count() {
        return count;
    }

    /** True when no node is left but the root (what 100,000 subscribe/unsubscribe cycles must come back to). */
    public synchronized boolean isEmpty() {
        return root.isEmpty() && byClient.isEmpty() && count == 0;
    }

    private static void collect(Node node, String[] levels, int i, boolean dollar, Predicate<String> online,
                                List<SubscriptionEntry> out) {
        if (i == levels.length) {
            take(node, online, out);
            if (node.hash != null) take(node.hash, online, out); // "sport/#" also matches "sport"
            return;
        }
        if (i > 0 || !dollar) { // no leading wildcard matches a '$' topic [MQTT-4.7.2-1]
            if (node.hash != null) take(node.hash, online, out);
            if (node.plus != null) collect(node.plus, levels, i + 1, dollar, online, out);
        }
        if (node.children != null) {
            Node child = node.children.get(levels[i]);
            if (child != null) collect(child, levels, i + 1, dollar, online, out);
        }
    }

    private static void take(Node node, Predicate<String> online, List<SubscriptionEntry> out) {
        if (node.subscribers != null) out.addAll(node.subscribers.values());
        if (node.groups != null) {
            for (Node.SharedGroup g : node.groups.values()) out.add(pick(g, online));
        }
    }

    private static SubscriptionEntry pick(Node.SharedGroup g, Predicate<String> online) {
        int n = g.members.size();
        int chosen = g.next % n;
        if (online != null) {
            for (int k = 0; k < n; k++) {
                int i = (g.next + k) % n;
                if (online.test(g.members.get(i).clientId())) {
                    chosen = i;
                    break;
                }
            }
        }
        g.next = (chosen + 1) % n;
        return g.members.get(chosen);
    }

    /** Removes {@code e} below {@code node}; returns true when {@code node} is left empty (the caller prunes it). */
    private static boolean remove(Node node, String[] levels, int i, SubscriptionEntry e) {
        if (i == levels.length) {
            if (e.shareGroup() == null) {
                if (node.subscribers != null) {
                    node.subscribers.remove(e.clientId());
                    if (node.subscribers.isEmpty()) node.subscribers = null;
                }
            } else if (node.groups != null) {
                Node.SharedGroup g = node.groups.get(e.shareGroup());
                int at = g == null ? -1 : g.indexOf(e.clientId());
                if (at >= 0) g.remove(at);
                if (g != null && g.members.isEmpty()) node.groups.remove(e.shareGroup());
                if (node.groups.isEmpty()) node.groups = null;
            }
            return node.isEmpty();
        }
        Node child = node.child(levels[i]);
        if (child != null && remove(child, levels, i + 1, e)) node.removeChild(levels[i]);
        return node.isEmpty();
    }
}
