package mqttlab.broker;

import java.time.Duration;
import mqttlab.broker.stats.Counters;

/** Counters, as $SYS/broker/... publishes them. */
public record BrokerStats(Duration uptime, int clientsConnected, int clientsDisconnected, long clientsTotal, long clientsMaximum,
                          long messagesReceived, long messagesSent, long publishReceived, long publishSent,
                          long publishDropped, long bytesReceived, long bytesSent, int subscriptions, int retained,
                          int inflight, long storedMessages) {
}
