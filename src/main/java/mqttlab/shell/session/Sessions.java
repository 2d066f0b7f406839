package mqttlab.shell.session;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import mqttlab.shell.ShellContext;
import mqttlab.shell.ShellException;
import mqttlab.shell.mqtt.ClientSettings;
import mqttlab.shell.mqtt.MqttConnection;
import mqttlab.shell.mqtt.WireLog;

/** The shell's named client sessions and which one `sub`/`pub` use (the prompt shows it). */
public final class Sessions {
    /** The session that exists from the start, so `sub` and `pub` just work. */
    public static final String DEFAULT = "lab";

    private final ShellContext ctx;
    private final Map<String, Session> byName = new LinkedHashMap<>();
    private volatile String current = DEFAULT;

    public Sessions(ShellContext ctx) { this.ctx = ctx; }

    /** Connects a new session in the background; its {@link Session#ready()} says when it is up. */
    public synchronized Session open(String name, ClientSettings settings) {
        Session old = byName.get(name);
        if (old != null && old.connection().isConnected()) throw new ShellException(ctx.t("shell.session.exists", name, name));
        MqttConnection c = MqttConnection.create(settings, new WireLog(null, false));
        Session s = new Session(name, c);
        c.onMessage(m -> {
            ctx.sawTopic(m.topic());
            s.dispatch(m);
        });
        c.onLost(reason -> {
            s.state("lost");
            ctx.printAsync(ctx.styles().styled(mqttlab.shell.Styles.ERROR, ctx.t("shell.session.lost", name, reason)));
        });
        byName.put(name, s);
        return s;
    }

    /** The default session's settings: the lab's broker, a readable client id, the shell's credentials. */
    public ClientSettings defaultSettings(String clientId) {
        var e = ctx.endpoint();
        return ClientSettings.defaults(e.host(), e.port()).withClientId(clientId).withAuth(e.user(), e.password());
    }

    public synchronized Session current() {
        Session s = byName.get(current);
        if (s == null) throw new ShellException(ctx.t("shell.no.sessions"));
        return s;
    }

    public String currentName() { return current; }

    public synchronized Session get(String name) {
        Session s = byName.get(name);
        if (s == null) throw new ShellException(ctx.t("shell.no.session", name, String.join(", ", byName.keySet()), name));
        return s;
    }

    public synchronized boolean has(String name) { return byName.containsKey(name); }

    public synchronized void use(String name) {
        get(name);
        current = name;
    }

    public synchronized void remove(String name) {
        byName.remove(name);
        if (current.equals(name)) current = byName.isEmpty() ? DEFAULT : byName.keySet().iterator().next();
    }

    public synchronized List<Session> all() { return new ArrayList<>(byName.values()); }

    public synchronized List<String> names() { return new ArrayList<>(byName.keySet()); }

    /** Disconnects every session (DISCONNECT, so no will fires) within a short time. */
    public void closeAll() {
        for (Session s : all()) {
            try {
                s.connection().close();
            } catch (RuntimeException ignored) {
                // leaving anyway
            }
        }
        synchronized (this) { byName.clear(); }
    }
}
