package mqttlab.broker.connection;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import io.netty.channel.EventLoop;
import mqttlab.broker.log.BrokerLog;
import mqttlab.broker.log.LogLevel;
import mqttlab.broker.time.BrokerClock;

/**
 * Closes connections that went quiet: no CONNECT within {@link #CONNECT_TIMEOUT_SECONDS}, or no
 * packet for one and a half times the keep alive [MQTT-3.1.2-24]. One periodic check of every
 * connection, as mosquitto's loop does, instead of a timer and a pipeline handler per connection:
 * those cost each CONNECT a handler added and one removed, a scheduled task, and ~300 bytes.
 * A connection whose reads the broker holds (flow control) is not idle: its silence is the
 * broker's doing. Event loop thread only.
 */
public final class IdleSweep {
    /** A connection that sends no CONNECT within this time is closed (mosquitto uses a similar grace). */
    public static final int CONNECT_TIMEOUT_SECONDS = 20;
    /** How often connections are checked: the close comes at most this late. */
    static final Duration PERIOD = Duration.ofMillis(250);

    private final BrokerLog log;
    private final EventLoop loop;
    private final BrokerClock clock;
    private final List<Connection> connections = new ArrayList<>();
    private boolean scheduled;

    public IdleSweep(BrokerLog log, EventLoop loop, BrokerClock clock) {
        this.log = log;
        this.loop = loop;
        this.clock = clock;
    }

    /** A new connection: checked from now on (its index lets {@link #remove} swap it out in O(1)). */
    void add(Connection c) {
        c.sweepIndex = connections.size();
        connections.add(c);
        if (!scheduled) {
            scheduled = true;
            clock.schedule(loop, this::sweep, PERIOD);
        }
    }

    /** The connection is gone. */
    void remove(Connection c) {
        int i = c.sweepIndex;
        if (i < 0 || i >= connections.size() || connections.get(i) != c) return;
        Connection last = connections.remove(connections.size() - 1);
        if (last != c) {
            connections.set(i, last);
            last.sweepIndex = i;
        }
        c.sweepIndex = -1;
    }

    private void sweep() {
        long now = clock.nanos();
        List<Connection> quiet = null;
        for (Connection c : connections) {
            if (c.reads().held()) {
                c.heardAtNanos = now; // the broker stopped reading it: its silence is not a dead link
                continue;
            }
            long limit = c.isAccepted() ? (c.keepAlive() > 0 ? TimeUnit.MILLISECONDS.toNanos(c.keepAlive() * 1500L) : 0)
                    : TimeUnit.SECONDS.toNanos(CONNECT_TIMEOUT_SECONDS);
            if (limit > 0 && now - c.heardAtNanos > limit) {
                if (quiet == null) quiet = new ArrayList<>();
                quiet.add(c);
            }
        }
        if (quiet != null) {
            for (Connection c : quiet) {
                if (c.isAccepted()) log.log(LogLevel.NOTICE, "Client " + c.clientId() + " has exceeded timeout, disconnecting.");
                c.close(); // keep alive expired [MQTT-3.1.2-24], or no CONNECT in time
            }
        }
        if (connections.isEmpty()) {
            scheduled = false;
        } else {
            clock.schedule(loop, this::sweep, PERIOD);
        }
    }
}
