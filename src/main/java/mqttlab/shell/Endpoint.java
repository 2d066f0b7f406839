package mqttlab.shell;

import java.net.URI;
import mqttlab.broker.Broker;

/**
 * Where the lab's broker is: the embedded one ({@code broker} set) or an external one at a URL.
 * {@code user}/{@code password} are what the shell's sessions log in with (null: anonymous).
 */
public record Endpoint(String host, int port, Broker broker, String user, String password) {

    public boolean embedded() { return broker != null; }

    public String url() { return "tcp://" + host + ":" + port; }

    /** Parses tcp://HOST:PORT (mqtt:// is accepted too; the port defaults to 1883). */
    public static Endpoint external(String url, String user, String password, Messages m) {
        try {
            URI u = URI.create(url.contains("://") ? url : "tcp://" + url);
            if (!(u.getScheme().equals("tcp") || u.getScheme().equals("mqtt")) || u.getHost() == null) throw new IllegalArgumentException();
            return new Endpoint(u.getHost(), u.getPort() < 0 ? 1883 : u.getPort(), null, user, password);
        } catch (IllegalArgumentException e) {
            throw new ShellException(m.get("shell.bad.url", url));
        }
    }

    /** The embedded broker, or a {@link ShellException} that says `command` needs it. */
    public Broker requireBroker(String command, Messages m) {
        if (broker == null) throw new ShellException(m.get("shell.needs.embedded", command, url()));
        return broker;
    }
}
