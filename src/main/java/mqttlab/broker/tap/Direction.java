package mqttlab.broker.tap;

/**
 * IN: client to broker. OUT: broker to client. DROPPED: a PUBLISH the broker gave up on for that
 * client (its queue was full, or it was offline or stalled); it never went on the wire.
 */
public enum Direction { IN, OUT, DROPPED }
