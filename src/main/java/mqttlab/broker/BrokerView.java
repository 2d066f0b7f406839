package mqttlab.broker;

import java.util.List;
import mqttlab.broker.fault.FaultInjector;
import mqttlab.broker.log.BrokerLog;
import mqttlab.broker.tap.PacketTap;

/**
 * A broker as the lab's teaching tools see it: every packet in and out (the tap), faults to inject,
 * a mosquitto-style log, what it knows of its clients, subscriptions and retained messages, and
 * cutting a client's connection. The embedded {@link Broker} is one; so is the relay in front of an
 * external broker ({@code mqttlab.relay.Relay}), which knows only what it saw pass.
 */
public interface BrokerView {

    PacketTap tap();

    FaultInjector faults();

    BrokerLog log();

    List<ClientInfo> clients();

    List<SubscriptionInfo> subscriptions();

    List<RetainedInfo> retained();

    BrokerStats stats();

    /** Closes a client's network connection abruptly (its will fires), as a cut cable would; false when it is not connected. */
    boolean cut(String clientId);

    /** The port clients connect to. */
    int port();

    /**
     * Where clients, subscriptions and retained messages come from when this is not the broker itself:
     * null for the embedded broker; otherwise the relay's own note (what it saw, and the broker's $SYS).
     */
    default String secondHand() { return null; }
}
