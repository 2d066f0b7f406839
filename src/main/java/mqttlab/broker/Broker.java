package mqttlab.broker;

import java.net.InetSocketAddress;
import java.util.List;
import mqttlab.broker.config.BrokerConfig;
import mqttlab.broker.fault.FaultInjector;
import mqttlab.broker.log.BrokerLog;
import mqttlab.broker.tap.PacketTap;

/**
 * The lab's MQTT broker: the composition root. {@link #start} opens the listeners and returns a
 * running broker; the rest is the in-process API the shell, lessons and graders use.
 * (API contract; the implementation is in progress.)
 */
public final class Broker implements AutoCloseable {

    /** Starts a broker; throws {@link BrokerStartException} (e.g. the port is taken) with a message for people. */
    public static Broker start(BrokerConfig config) {
        throw new UnsupportedOperationException("broker not implemented yet");
    }

    /** The bound addresses, one per listener, with the real port when 0 was asked for. */
    public List<InetSocketAddress> addresses() { throw new UnsupportedOperationException(); }

    /** The first listener's port. */
    public int port() { return addresses().get(0).getPort(); }

    public List<ClientInfo> clients() { throw new UnsupportedOperationException(); }

    public List<SubscriptionInfo> subscriptions() { throw new UnsupportedOperationException(); }

    public List<RetainedInfo> retained() { throw new UnsupportedOperationException(); }

    public BrokerStats stats() { throw new UnsupportedOperationException(); }

    public PacketTap tap() { throw new UnsupportedOperationException(); }

    public FaultInjector faults() { throw new UnsupportedOperationException(); }

    public BrokerLog log() { throw new UnsupportedOperationException(); }

    /** Closes a client's network connection abruptly (its will fires), as a cut cable would. */
    public boolean cut(String clientId) { throw new UnsupportedOperationException(); }

    /** Stops the listeners, saves persistence, closes every connection. */
    public void stop() { throw new UnsupportedOperationException(); }

    @Override
    public void close() { stop(); }
}
