package mqttlab.shell.trace;

import mqttlab.broker.tap.TapEvent;
import mqttlab.lessons.LessonSession;
import mqttlab.protocol.packet.PacketType;

/**
 * Whose packets `trace` shows. By default the student's: their shell sessions and their own programs,
 * never the building's sensors, A/C units and controller, and no keep-alive pings. {@code --all} adds the
 * building; {@code --pings} adds PINGREQ/PINGRESP.
 */
public record TraceScope(boolean all, boolean pings) {
    /** The default: the student's packets, without pings. */
    public static final TraceScope STUDENT = new TraceScope(false, false);

    /** Whether a client is the student's (a shell session or a program of theirs), not the building's, a projector page's nor the lab's probe's. */
    public static boolean students(String clientId) {
        return clientId != null && !LessonSession.BUILDING_CLIENTS.test(clientId) && !mqttlab.web.LabTopics.projector(clientId)
                && !mqttlab.client.RetainedProbe.isProbe(clientId);
    }

    static boolean ping(TapEvent e) {
        PacketType t = e.packet().type();
        return t == PacketType.PINGREQ || t == PacketType.PINGRESP;
    }

    /** Whether this packet is shown live (`trace on`). A CONNECT before its client id is known counts as the student's. */
    public boolean shows(TapEvent e) {
        if (!pings && ping(e)) return false;
        return all || e.clientId() == null || students(e.clientId());
    }

    /** Whether a journey or exchange that starts with this packet is the student's to see (`trace last`). */
    public boolean starts(TapEvent e) {
        return all || students(Exchange.clientOf(e));
    }
}
