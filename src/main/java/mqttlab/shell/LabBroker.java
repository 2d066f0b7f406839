package mqttlab.shell;

import mqttlab.broker.Broker;
import mqttlab.broker.BrokerStartException;
import mqttlab.broker.config.BrokerConfig;

/** Starts the embedded broker for the shell: local only on the port asked, its log going only to `log on`. */
final class LabBroker {
    private LabBroker() { }

    /** The broker, or a {@link ShellException} whose message says what to do (port taken: the two ways out). */
    static Broker start(int port, Messages m) {
        BrokerConfig config = BrokerConfig.defaults().withDefaultPort(port).withoutLogDestinations();
        try {
            return Broker.start(config);
        } catch (BrokerStartException e) {
            if (e.addressInUse()) {
                int other = port == 1883 ? 1884 : port + 1;
                throw new ShellException(m.get("shell.port.taken", port) + "\n" + m.get("shell.port.ways.out", other, port));
            }
            throw new ShellException(m.get("shell.broker.failed", e.getMessage()));
        } catch (RuntimeException e) {
            throw new ShellException(m.get("shell.broker.failed", e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()));
        }
    }
}
