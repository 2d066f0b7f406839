package mqttlab.broker.session;

import java.util.BitSet;

/** Allocates packet identifiers 1..65535 for a session's outgoing QoS 1/2 messages, never one in use [MQTT-2.2.1-3]. */
public final class PacketIds {
    // grows with the highest id in use: an idle session holds a few words, not 8 KiB for all 65,535 ids
    private final BitSet used = new BitSet();
    private int next = 1;

    /** A free identifier, or 0 when all 65535 are in use. */
    public int allocate() {
        for (int i = 0; i < 65535; i++) {
            int id = next;
            next = next == 65535 ? 1 : next + 1;
            if (!used.get(id)) {
                used.set(id);
                return id;
            }
        }
        return 0;
    }

    public void markUsed(int id) { used.set(id); }

    public void release(int id) { used.clear(id); }
}
