package mqttlab.shell.trace;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import mqttlab.broker.tap.Direction;
import mqttlab.broker.tap.TapEvent;
import mqttlab.protocol.packet.Publish;
import mqttlab.shell.ui.SequenceDiagram;

/**
 * What `trace last` draws: a message's {@link Journey} through the broker, or a client's own
 * {@link Exchange} with it (connecting and what the broker kept for it, subscribing, unsubscribing, leaving).
 */
public sealed interface Traced permits Journey, Exchange {

    /** The sequence diagram. */
    SequenceDiagram diagram();

    /** Whether a client took part. */
    boolean involves(String clientId);

    /** The packets drawn, in order. */
    List<TapEvent> events();

    /**
     * The last {@code n} journeys and exchanges, oldest first, whose first packet passes {@code which}:
     * a PUBLISH in starts a journey; a CONNECT, SUBSCRIBE, UNSUBSCRIBE or DISCONNECT in starts an exchange.
     */
    public static List<Traced> lastN(List<TapEvent> recent, int n, Predicate<TapEvent> which) {
        List<Traced> out = new ArrayList<>();
        for (int i = recent.size() - 1; i >= 0 && out.size() < n; i--) {
            Traced t = startingAt(recent, i, which);
            if (t != null) out.add(0, t);
        }
        return out;
    }

    /** The last journey or exchange (of anyone's, among the last 200) in which {@code clientId} took part, or null. */
    public static Traced lastInvolving(List<TapEvent> recent, String clientId) {
        int looked = 0;
        for (int i = recent.size() - 1; i >= 0 && looked < 200; i--) {
            Traced t = startingAt(recent, i, e -> true);
            if (t == null) continue;
            looked++;
            if (t.involves(clientId)) return t;
        }
        return null;
    }

    private static Traced startingAt(List<TapEvent> recent, int i, Predicate<TapEvent> which) {
        TapEvent e = recent.get(i);
        if (e.direction() != Direction.IN || !which.test(e)) return null;
        if (e.packet() instanceof Publish) return Journey.from(recent, i);
        return Exchange.starts(e) ? Exchange.from(recent, i) : null;
    }
}
