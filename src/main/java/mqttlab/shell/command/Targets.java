package mqttlab.shell.command;

import java.net.InetAddress;
import java.net.UnknownHostException;
import mqttlab.broker.auth.ClientIdOwnership;
import mqttlab.shell.Endpoint;
import mqttlab.shell.ShellContext;
import mqttlab.shell.Styles;
import mqttlab.client.ClientSettings;
import mqttlab.client.ConnectOptions;
import mqttlab.shell.session.Session;
import mqttlab.text.Text;

/**
 * Which client a shell `sub`/`pub` uses. Plain flags (or -h/-p naming the lab's own broker, as in the
 * lecture's `mosquitto_sub -h localhost -p 1883 -t # -v`) use the current session; flags that make a
 * different client (-i, -u, -V 5, -c, a will, another broker) make one, as a new mosquitto_sub would.
 */
final class Targets {
    private Targets() { }

    static boolean needsOwnClient(ShellContext ctx, ConnectOptions conn) {
        return conn.customisesClient() || elsewhere(ctx.endpoint(), conn);
    }

    static boolean elsewhere(Endpoint e, ConnectOptions conn) {
        if (conn.port != null && conn.port != e.port()) return true;
        return conn.host != null && !sameHost(conn.host, e.host());
    }

    static boolean sameHost(String a, String b) {
        if (a.equalsIgnoreCase(b)) return true;
        try {
            InetAddress x = InetAddress.getByName(a), y = InetAddress.getByName(b);
            return x.equals(y) || x.isLoopbackAddress() && y.isLoopbackAddress();
        } catch (UnknownHostException ex) {
            return false;
        }
    }

    /** The settings for a client of its own: the options, defaulting to the lab's broker and credentials. */
    static ClientSettings settings(ShellContext ctx, ConnectOptions conn) {
        Endpoint e = ctx.endpoint();
        ClientSettings s = conn.settings(e.host(), e.port());
        if (s.username() == null && e.user() != null && !elsewhere(e, conn)) s = s.withAuth(e.user(), e.password());
        String student = ctx.classUser();
        if (student != null && !elsewhere(e, conn) && student.equals(s.username())) { // the class broker refuses ids that are not the student's
            String own = ClientIdOwnership.ownId(student, s.clientId());
            if (!own.equals(s.clientId())) {
                ctx.println(ctx.styles().styled(Styles.FAINT, Text.t("class.own.id", s.clientId(), own)));
                s = s.withClientId(own);
            }
        }
        return s;
    }

    /** A session name for a client made by `sub`: its client id, or sub1, sub2… */
    static String freshName(ShellContext ctx, String id, String base) {
        if (id != null && !id.isEmpty() && !ctx.sessions().has(id)) return id;
        for (int i = 1; ; i++) if (!ctx.sessions().has(base + i)) return base + i;
    }

    static Session current(ShellContext ctx) { return ctx.sessions().current(); }
}
