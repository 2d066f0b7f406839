package mqttlab.broker.connect;

import java.util.UUID;

/** Client identifiers the server assigns to clients that send an empty one, in mosquitto's style. */
public final class ClientIds {
    private ClientIds() { }

    /** e.g. {@code auto-BE282718-E573-F91E-E015-CD82A2A65C63}, as in the lecture's `mosquitto -v` screenshot. */
    public static String generate() {
        String u = UUID.randomUUID().toString().toUpperCase();
        // mosquitto groups 8-4-4-4-12 hex digits; a UUID has the same shape.
        return "auto-" + u;
    }

    /**
     * {@code <owner>-<role>-<8 random hex digits>}, e.g. {@code alice-lab-3f9c2a71}: an id of the
     * lab's own clients that obeys the classroom's rule (it starts with the account) and that
     * nobody can guess, so a second lab of the same account never takes the first one's session.
     */
    public static String owned(String owner, String role) {
        return owner + "-" + role + "-" + UUID.randomUUID().toString().substring(0, 8);
    }
}
