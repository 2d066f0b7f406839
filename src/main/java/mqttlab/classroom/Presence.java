package mqttlab.classroom;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Who is in class when the lab has no broker of its own to ask (a class on an upstream broker):
 * each student's lab says {@value ClassTopics#ONLINE} on {@code students/<user>/lab/online} when it
 * joins and when the console calls the roll, and {@value ClassTopics#OFFLINE} as it leaves; the
 * broker says {@value ClassTopics#OFFLINE} for it (its will) when the link dies. A user is online
 * while at least one of their labs last said so; a progress report counts as being there.
 */
final class Presence {
    private final Map<String, Boolean> online = new ConcurrentHashMap<>();

    /** A message on a presence or progress topic; anything else is ignored. */
    void accept(String topic, byte[] payload) {
        Optional<String> user = ClassTopics.userOfPresence(topic);
        if (user.isPresent()) {
            String said = new String(payload, StandardCharsets.UTF_8).strip();
            if (said.equals(ClassTopics.ONLINE)) online.put(user.get(), true);
            else if (said.equals(ClassTopics.OFFLINE)) online.put(user.get(), false);
            return;
        }
        ClassTopics.userOf(topic).filter(u -> payload.length > 0).ifPresent(u -> online.putIfAbsent(u, true));
    }

    Set<String> online() {
        Set<String> on = new TreeSet<>();
        online.forEach((u, yes) -> { if (yes) on.add(u); });
        return on;
    }

    /** Everyone heard from, online or not. */
    Set<String> seen() {
        return new LinkedHashSet<>(new TreeSet<>(online.keySet()));
    }
}
