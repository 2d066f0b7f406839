package mqttlab.shell;

import java.util.List;
import mqttlab.broker.Broker;
import mqttlab.broker.BrokerStartException;
import mqttlab.broker.config.BrokerConfig;

/** Starts the embedded broker for the shell: local only on the port asked, its log going only to `log on`. */
final class LabBroker {
    private LabBroker() { }

    /** The broker, or a {@link ShellException} whose message says what to do (port taken: the two ways out). */
    static Broker start(int port, Messages m) {
        BrokerConfig d = BrokerConfig.defaults();
        BrokerConfig config = new BrokerConfig(d.source(), d.listeners(), port, d.perListenerSettings(), d.security(),
                d.persistence(), d.persistenceLocation(), d.persistenceFile(), d.autosaveIntervalSeconds(), d.maxQueuedMessages(),
                d.queueQos0Messages(), d.maxInflightMessages(), d.maxPacketSize(), d.messageSizeLimit(), d.maxKeepalive(),
                d.maxConnections(), d.retainAvailable(), d.allowZeroLengthClientId(), d.sysIntervalSeconds(), d.logTypes(),
                List.of(), d.connectionMessages(), d.logTimestamp(), d.logTimestampFormat(), d.verbose());
        try {
            return Broker.start(config);
        } catch (BrokerStartException e) {
            if (e.addressInUse()) {
                int other = port == 1883 ? 1884 : port + 1;
                throw new ShellException(m.get(Msg.PORT_TAKEN, port) + "\n" + m.get(Msg.PORT_WAYS_OUT, other, port));
            }
            throw new ShellException(m.get(Msg.BROKER_FAILED, e.getMessage()));
        } catch (RuntimeException e) {
            throw new ShellException(m.get(Msg.BROKER_FAILED, e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()));
        }
    }
}
