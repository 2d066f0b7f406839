package mqttlab.broker.retain;

/**
 * How many retained messages one account may keep on the broker, and how many payload bytes they may
 * hold together. A retained message outlives its publisher and costs the broker memory (and the
 * saved state disk) until someone clears it: in a class, one student publishing a megabyte to
 * each of 500 topics grew the class broker by 1.2 GB, for everyone. MQTT names no such limit; 5.0
 * lets the server refuse with 0x97 Quota exceeded, 3.1.1 only by closing the connection.
 */
public record RetainedLimit(int messages, long bytes) {
    /** A student's share in a class: plenty for the lessons and exercises (a few small status messages each). */
    public static final RetainedLimit CLASSROOM_DEFAULT = new RetainedLimit(100, 1024 * 1024);

    public RetainedLimit {
        if (messages < 1 || bytes < 1) throw new IllegalArgumentException("a retained limit allows at least one message of one byte");
    }
}
