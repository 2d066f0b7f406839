package mqttlab.broker.connect;

import java.util.UUID;

/** Client identifiers the server assigns to clients that send an empty one, in mosquitto's style. */
final class ClientIds {
    private ClientIds() { }

    /** e.g. {@code auto-BE282718-E573-F91E-E015-CD82A2A65C63}, as in the lecture's `mosquitto -v` screenshot. */
    static String generate() {
        String u = UUID.randomUUID().toString().toUpperCase();
        // mosquitto groups 8-4-4-4-12 hex digits; a UUID has the same shape.
        return "auto-" + u;
    }
}
