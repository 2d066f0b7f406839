package mqttlab.broker;

/**
 * One client's place in flow control, as the broker sees it now: what waits in its queue (messages
 * and payload bytes), what waits in its connection's write buffer, whether it holds publishers back
 * and how many, and whether it is stalled (mosquitto's drop rules apply to it).
 */
public record FlowInfo(String clientId, boolean online, int queuedMessages, long queuedBytes, int inflight,
                       long pendingWriteBytes, boolean holding, int heldPublishers, boolean stalled) {
}
