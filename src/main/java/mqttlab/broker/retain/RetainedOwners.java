package mqttlab.broker.retain;

import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.ToLongFunction;

/**
 * Whose retained messages are whose, for {@link RetainedLimit}: per account, the topics it retained a
 * message on and that message. What an account holds is counted afresh from the store each time
 * (a message someone else replaced, cleared or that expired no longer counts), so no other path that
 * changes the store has to report here; the count is at most the limit, so this stays cheap.
 * Used on the broker's event loop only.
 *
 * @param <V> what the store keeps per topic
 */
public final class RetainedOwners<V> {
    private final RetainedStore<V> store;
    private final ToLongFunction<V> size;
    private final Map<String, Map<String, V>> byUser = new HashMap<>();

    public RetainedOwners(RetainedStore<V> store, ToLongFunction<V> size) {
        this.store = store;
        this.size = size;
    }

    /**
     * True when {@code user} may retain {@code value} on {@code topic} within {@code limit}, which is then counted
     * as theirs (the caller stores it); false when it would take them over the limit. A message replacing one
     * of their own counts only the difference.
     */
    public boolean admit(String user, String topic, V value, RetainedLimit limit) {
        Map<String, V> mine = byUser.computeIfAbsent(user, u -> new LinkedHashMap<>());
        int count = 0;
        long bytes = 0;
        for (Iterator<Map.Entry<String, V>> it = mine.entrySet().iterator(); it.hasNext(); ) {
            Map.Entry<String, V> e = it.next();
            if (store.get(e.getKey()) != e.getValue()) {
                it.remove();   // replaced, cleared or expired since
            } else if (!e.getKey().equals(topic)) {
                count++;
                bytes += size.applyAsLong(e.getValue());
            }
        }
        if (count + 1 > limit.messages() || bytes + size.applyAsLong(value) > limit.bytes()) {
            if (mine.isEmpty()) byUser.remove(user);
            return false;
        }
        mine.put(topic, value);
        return true;
    }

    /** The retained messages {@code user} holds now, as counted by {@link #admit}. */
    public int held(String user) {
        Map<String, V> mine = byUser.get(user);
        if (mine == null) return 0;
        mine.entrySet().removeIf(e -> store.get(e.getKey()) != e.getValue());
        return mine.size();
    }
}
