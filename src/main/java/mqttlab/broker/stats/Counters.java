package mqttlab.broker.stats;

/**
 * The broker's counters for $SYS and `stats`. Written by the event loop thread only; read
 * (approximately) by others, which is what $SYS-style figures need.
 */
public final class Counters {
    public volatile long messagesReceived;
    public volatile long messagesSent;
    public volatile long publishReceived;
    public volatile long publishSent;
    public volatile long publishDropped;
    public volatile long bytesReceived;
    public volatile long bytesSent;
    public volatile long clientsTotal;
    public volatile long clientsMaximum;
    public volatile int connections;
}
