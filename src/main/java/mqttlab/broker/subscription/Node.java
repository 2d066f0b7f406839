package mqttlab.broker.subscription;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One level of the {@link SubscriptionTree}: literal children by level text (an empty level is the
 * key ""), the '+' and '#' children, and the subscriptions whose filter ends here. Maps are created
 * on first use, so the many inner nodes of a big tree stay small. Not thread-safe: the tree guards it.
 */
final class Node {
    Map<String, Node> children;
    Node plus;
    Node hash;
    /** Non-shared subscriptions ending here, by client id, in subscription order. */
    LinkedHashMap<String, SubscriptionEntry> subscribers;
    /** Shared subscriptions ending here, by share name. */
    Map<String, SharedGroup> groups;

    Node child(String level) {
        if (level.equals("+")) return plus;
        if (level.equals("#")) return hash;
        return children == null ? null : children.get(level);
    }

    Node childOrNew(String level) {
        Node n = child(level);
        if (n != null) return n;
        n = new Node();
        if (level.equals("+")) plus = n;
        else if (level.equals("#")) hash = n;
        else {
            if (children == null) children = new HashMap<>(4);
            children.put(level, n);
        }
        return n;
    }

    void removeChild(String level) {
        if (level.equals("+")) plus = null;
        else if (level.equals("#")) hash = null;
        else if (children != null) {
            children.remove(level);
            if (children.isEmpty()) children = null;
        }
    }

    boolean isEmpty() {
        return children == null && plus == null && hash == null && subscribers == null && groups == null;
    }

    /** The members of one share group on one filter, taking turns [MQTT-4.8.2]. */
    static final class SharedGroup {
        final List<SubscriptionEntry> members = new ArrayList<>(4);
        int next;

        int indexOf(String clientId) {
            for (int i = 0; i < members.size(); i++) if (members.get(i).clientId().equals(clientId)) return i;
            return -1;
        }

        void remove(int i) {
            members.remove(i);
            if (next > i) next--;
            if (next >= members.size()) next = 0;
        }
    }
}
