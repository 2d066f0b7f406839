package mqttlab.broker;

import mqttlab.text.Phrase;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import mqttlab.broker.auth.ListenerAccess;
import mqttlab.broker.auth.ListenerSecurity;
import mqttlab.broker.config.BrokerConfig;
import mqttlab.broker.config.ConfigException;
import mqttlab.broker.connection.Connection;
import mqttlab.broker.log.LogLevel;
import mqttlab.broker.session.Session;
import mqttlab.protocol.packet.ReasonCode;

/**
 * SIGHUP, as mosquitto 2.0.11 handles it (src/mosquitto.c, security_default.c): logs "Reloading
 * config.", reads the file again, puts the new options, password file, ACL and logging options in
 * force, and checks every connected client again. Listeners are not reopened; a new max_packet_size
 * applies to connections made after the reload (each keeps the limit its v5 CONNACK announced), and
 * new sys_interval and autosave_interval values restart their timers. A client the new
 * password file (or {@code allow_anonymous false}) no longer admits is disconnected; a client the
 * new ACL restricts stays connected, and every later publish, subscribe and delivery is checked
 * against the new ACL (the subscriptions it holds stay, but what they would now deliver is not sent).
 * <p>
 * Where the lab differs: a file that cannot be read or parsed leaves the configuration in force
 * before the reload (mosquitto logs the error and goes on half-read, e.g. with its default
 * {@code allow_anonymous false}); a v5 client dismissed by a reload gets DISCONNECT 0x87 Not
 * authorized, which 5.0 section 3.14.2.1 provides for (mosquitto just closes the socket).
 */
public final class ConfigReload {
    /** Reads the configuration again, with the command line's overrides (-p, -v) applied as at start. */
    @FunctionalInterface
    public interface Source {
        BrokerConfig read() throws ConfigException;
    }

    private final BrokerContext ctx;
    private final List<ListenerAccess> access;
    private final UnaryOperator<ListenerSecurity> security;
    private final Runnable timers;

    /**
     * {@code access}: one per listener, in the order of the config's listeners; {@code security} wraps
     * each new one as at start; {@code timers} puts new intervals (sys_interval, autosave_interval) in force.
     */
    ConfigReload(BrokerContext ctx, List<ListenerAccess> access, UnaryOperator<ListenerSecurity> security, Runnable timers) {
        this.ctx = ctx;
        this.access = access;
        this.security = security;
        this.timers = timers;
    }

    /** Runs on the event loop. True when the new configuration is in force. */
    boolean reload(Source source) {
        ctx.log.log(LogLevel.INFORMATION, "Reloading config.");
        BrokerConfig next;
        List<ListenerSecurity> loaded;
        try {
            next = source.read();
            loaded = ListenerSecurity.load(next);
            ctx.log.reconfigure(next.logSettings());
        } catch (ConfigException e) {
            ctx.log.log(LogLevel.ERROR, "Error: " + e.english());
            ctx.log.log(LogLevel.ERROR, "Error: the configuration in force before the reload stays.");
            return false;
        } catch (RuntimeException e) {
            ctx.log.log(LogLevel.ERROR, "Error: " + e.getMessage());
            ctx.log.log(LogLevel.ERROR, "Error: the configuration in force before the reload stays.");
            return false;
        }
        ctx.reconfigure(next);
        for (Phrase w : next.warnings()) ctx.log.log(LogLevel.WARNING, w.english());
        timers.run();
        Map<ListenerSecurity, ListenerSecurity> wrapped = new IdentityHashMap<>();
        // Listeners stay as opened; a listener the new file no longer has keeps what it enforced.
        for (int i = 0; i < access.size() && i < loaded.size(); i++) {
            access.get(i).replace(wrapped.computeIfAbsent(loaded.get(i), security));
        }
        for (ListenerSecurity s : new java.util.LinkedHashSet<>(wrapped.values())) for (Phrase w : s.warnings()) ctx.log.log(LogLevel.WARNING, w.english());
        recheckClients();
        return true;
    }

    /** mosquitto_security_apply: every connected client is admitted again under the new password file. */
    private void recheckClients() {
        List<Connection> dismissed = new ArrayList<>();
        for (Session s : ctx.sessions.all()) {
            Connection c = s.connection();
            if (c != null && c.state() == Connection.State.CONNECTED && !c.access().admit(c.username(), c.password())) dismissed.add(c);
        }
        for (Connection c : dismissed) {
            c.dismiss(ReasonCode.NOT_AUTHORIZED, "the reloaded configuration no longer admits this client");
        }
    }
}
