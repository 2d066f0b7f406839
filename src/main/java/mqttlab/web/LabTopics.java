package mqttlab.web;

/**
 * The lab's own topics for the projector page. They start with {@code $}, so a {@code #} subscription
 * never matches them [MQTT-4.7.2-1], and only the broker itself publishes them (no client may: the
 * classroom's ACL gives no student a rule for them, and the lab's publisher is the broker, not a client).
 */
public final class LabTopics {
    /** Everything below {@code $lab/}: what the page subscribes to. */
    public static final String ALL = "$lab/#";
    /** The building's clock, speed and each room's recent history (JSON, retained, once a second). */
    public static final String BUILDING = "$lab/building";
    /** The last traced message as a sequence diagram (JSON, retained): what `trace last` draws. */
    public static final String TRACE = "$lab/trace/last";
    /** The classroom's scoreboard (JSON, retained, when it changes). */
    public static final String SCOREBOARD = "$lab/scoreboard";
    /** Client ids the projector page picks start with this; the shell's trace leaves them out of a student's packets. */
    public static final String PAGE_CLIENT_PREFIX = "projector-";

    private LabTopics() { }

    /** Whether a client is a projector page. */
    public static boolean projector(String clientId) {
        return clientId != null && clientId.startsWith(PAGE_CLIENT_PREFIX);
    }
}
