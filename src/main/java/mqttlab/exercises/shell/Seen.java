package mqttlab.exercises.shell;

import java.util.List;
import java.util.function.Predicate;
import mqttlab.broker.tap.Direction;
import mqttlab.broker.tap.TapEvent;
import mqttlab.exercises.Attempt;
import mqttlab.exercises.LabSystem;
import mqttlab.protocol.packet.Packet;

/** The packets of a check's history, sorted out by who sent them: the student's clients or the lab's own. */
final class Seen {
    final List<TapEvent> events;
    private final LabSystem lab;

    Seen(Attempt a) {
        this.events = a.requireHistory().events();
        this.lab = a.requireLab();
    }

    boolean student(TapEvent e) {
        return studentClient(e.clientId());
    }

    boolean studentClient(String clientId) {
        return clientId != null && !lab.isInternalClient(clientId);
    }

    /** Packets of a type the student's clients sent to the broker. */
    <T extends Packet> List<Ev<T>> fromStudent(Class<T> type) {
        return select(type, e -> e.direction() == Direction.IN && student(e));
    }

    /** Packets of a type the broker sent to the student's clients. */
    <T extends Packet> List<Ev<T>> toStudent(Class<T> type) {
        return select(type, e -> e.direction() == Direction.OUT && student(e));
    }

    /** Packets of a type in one direction, from or to anyone. */
    <T extends Packet> List<Ev<T>> all(Class<T> type, Direction d) {
        return select(type, e -> e.direction() == d);
    }

    private <T extends Packet> List<Ev<T>> select(Class<T> type, Predicate<TapEvent> p) {
        return events.stream().filter(e -> type.isInstance(e.packet()) && p.test(e))
                .map(e -> new Ev<>(e.seq(), e.clientId(), type.cast(e.packet()))).toList();
    }

    /** One packet of the history: its order, the client it came from or went to, and the packet. */
    record Ev<T extends Packet>(long seq, String client, T packet) {
    }

    static String quote(String s) {
        return "'" + s + "'";
    }
}
