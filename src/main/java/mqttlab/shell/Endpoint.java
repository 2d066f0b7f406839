package mqttlab.shell;

import java.time.Clock;
import mqttlab.broker.Broker;
import mqttlab.broker.BrokerView;
import mqttlab.broker.log.BrokerLog;
import mqttlab.relay.Relay;
import mqttlab.relay.Upstream;

/**
 * Where the lab's clients connect: the embedded broker ({@code broker} set), or the relay on
 * 127.0.0.1 in front of an external broker ({@code relay} set, {@code --broker URL}). Either way
 * {@link #view()} is what trace, faults, the log and the lessons watch. {@code user}/{@code password}
 * are what the shell's sessions log in with (null: anonymous).
 */
public record Endpoint(String host, int port, Broker broker, String user, String password, Relay relay) {

    public Endpoint(String host, int port, Broker broker, String user, String password) {
        this(host, port, broker, user, password, null);
    }

    public boolean embedded() { return broker != null; }

    public boolean relayed() { return relay != null; }

    /** The broker the teaching tools watch: the embedded one, or the relay in front of another; null for neither. */
    public BrokerView view() { return broker != null ? broker : relay; }

    /** The broker's address as people gave it: the upstream's when relayed. */
    public String url() { return relay != null ? relay.upstream().url() : "tcp://" + host + ":" + port; }

    /**
     * Opens the relay on 127.0.0.1 and a free port in front of the broker at {@code url}
     * (tcp://, mqtt:// or mqtts:// with {@code cafile}); an unreachable broker still gives a relay, whose link says so.
     */
    public static Endpoint relayed(String url, java.nio.file.Path cafile, String user, String password, Messages m) {
        Upstream upstream;
        try {
            upstream = Upstream.parse(url, null);
        } catch (IllegalArgumentException e) {
            throw new ShellException(m.get("shell.bad.url", url));
        }
        try {
            upstream = Upstream.parse(url, cafile);
            Relay r = Relay.start(upstream, 0, BrokerLog.silent(), Clock.systemUTC(), user, password);
            return new Endpoint("127.0.0.1", r.port(), null, user, password, r);
        } catch (IllegalArgumentException | IllegalStateException e) {
            throw new ShellException(e.getMessage());
        }
    }

    /** The watched broker, or a {@link ShellException} that says `command` needs one. */
    public BrokerView requireBroker(String command, Messages m) {
        BrokerView v = view();
        if (v == null) throw new ShellException(m.get("shell.needs.embedded", command, url()));
        return v;
    }
}
