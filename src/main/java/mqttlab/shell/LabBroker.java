package mqttlab.shell;

import mqttlab.text.Cause;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import mqttlab.broker.Broker;
import mqttlab.broker.BrokerStartException;
import mqttlab.broker.config.BrokerConfig;

/**
 * Starts the embedded broker for the shell: local only on the port asked, its log going only to `log on`.
 * It starts on a thread of its own as soon as the shell starts (its terminal and lessons are made meanwhile,
 * issue 14); {@link #await} is where the shell takes it, with the messages it always had.
 */
final class LabBroker {
    private final int port;
    private final FutureTask<Broker> starting;

    private LabBroker(int port) {
        this.port = port;
        this.starting = new FutureTask<>(() -> Broker.start(BrokerConfig.defaults().withDefaultPort(port).withoutLogDestinations()));
    }

    /** Starts the broker on {@code port} in the background. */
    static LabBroker begin(int port) {
        LabBroker b = new LabBroker(port);
        Thread t = new Thread(b.starting, "shell-broker-start");
        t.setDaemon(true);
        t.start();
        return b;
    }

    /** The broker, or a {@link ShellException} whose message says what to do (port taken: the two ways out). */
    Broker await(Messages m) {
        try {
            return starting.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ShellException(m.get("shell.broker.failed", "interrupted"));
        } catch (ExecutionException wrapped) {
            Throwable e = wrapped.getCause();
            if (e instanceof Error err) throw err;
            if (e instanceof BrokerStartException b && b.addressInUse()) {
                int other = port == 1883 ? 1884 : port + 1;
                throw new ShellException(m.get("shell.port.taken", port) + "\n" + m.get("shell.port.ways.out", other, port));
            }
            if (e instanceof BrokerStartException) throw new ShellException(m.get("shell.broker.failed", e.getMessage()));
            throw new ShellException(m.get("shell.broker.failed", mqttlab.text.Cause.of(e)));
        }
    }

    /** The shell gave up before taking the broker (a wrong --lang, say): stop it once it is up. */
    void abandon() {
        try {
            starting.get().stop();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException e) {
            // it did not start: nothing to stop
        }
    }
}
