package mqttlab.classroom;

import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import mqttlab.text.Text;

/**
 * Where a class broker is, as a person writes it after {@code --join} or {@code --broker}: {@code HOST},
 * {@code HOST:PORT}, {@code [::1]:PORT}, or a URL {@code tcp://} / {@code mqtt://} with optional
 * credentials ({@code mqtt://alice:secret@10.0.0.5:1883}, percent-encoded as in any URL), or
 * {@code mqtts://} / {@code ssl://} for TLS ({@code tls}). The port defaults to 1883, 8883 with TLS. A password in a URL is visible in {@code ps}; the prompt or a password file is better.
 */
public record ClassAddress(String host, int port, Optional<String> user, Optional<String> password, boolean tls) {
    public static final int DEFAULT_PORT = 1883;
    public static final int DEFAULT_TLS_PORT = 8883;

    public ClassAddress(String host, int port, Optional<String> user, Optional<String> password) {
        this(host, port, user, password, false);
    }

    /** Parses {@code text}; a message for people in the {@link IllegalArgumentException} otherwise. */
    public static ClassAddress parse(String text) {
        String t = text == null ? "" : text.strip();
        if (t.isEmpty()) throw new IllegalArgumentException(Text.t("class.address.no.host"));
        if (!t.contains("://")) return hostPort(t);
        URI u;
        try {
            u = new URI(t);
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException(Text.t("class.address.bad.url", t));
        }
        String scheme = u.getScheme().toLowerCase();
        boolean tls = scheme.equals("mqtts") || scheme.equals("ssl") || scheme.equals("tls");
        if (!scheme.equals("tcp") && !scheme.equals("mqtt") && !tls) {
            throw new IllegalArgumentException(Text.t("class.address.scheme", scheme));
        }
        if (u.getHost() == null) throw new IllegalArgumentException(Text.t("class.address.bad.url", t));
        Optional<String> user = Optional.empty();
        Optional<String> password = Optional.empty();
        String info = u.getRawUserInfo();
        if (info != null && !info.isEmpty()) {
            int colon = info.indexOf(':');
            user = Optional.of(decode(colon < 0 ? info : info.substring(0, colon))).filter(s -> !s.isEmpty());
            if (colon >= 0) password = Optional.of(decode(info.substring(colon + 1))).filter(s -> !s.isEmpty());
        }
        String host = u.getHost().startsWith("[") ? u.getHost().substring(1, u.getHost().length() - 1) : u.getHost();
        return new ClassAddress(host, u.getPort() < 0 ? (tls ? DEFAULT_TLS_PORT : DEFAULT_PORT) : checked(u.getPort()), user, password, tls);
    }

    private static ClassAddress hostPort(String hostPort) {
        String host = hostPort;
        int port = DEFAULT_PORT;
        int colon = hostPort.lastIndexOf(':');
        if (hostPort.startsWith("[")) { // [::1]:1883
            int close = hostPort.indexOf(']');
            if (close < 0) throw new IllegalArgumentException(Text.t("class.address.no.bracket", hostPort));
            host = hostPort.substring(1, close);
            colon = hostPort.indexOf(':', close);
        } else if (colon >= 0) {
            host = hostPort.substring(0, colon);
        }
        if (colon >= 0) {
            try {
                port = checked(Integer.parseInt(hostPort.substring(colon + 1)));
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(Text.t("class.address.bad.port", hostPort.substring(colon + 1)));
            }
        }
        if (host.isEmpty()) throw new IllegalArgumentException(Text.t("class.address.no.host"));
        return new ClassAddress(host, port, Optional.empty(), Optional.empty());
    }

    private static int checked(int port) {
        if (port < 1 || port > 65535) throw new IllegalArgumentException(Text.t("class.address.port.range", port));
        return port;
    }

    private static String decode(String s) {
        return URLDecoder.decode(s.replace("+", "%2B"), StandardCharsets.UTF_8);
    }

    /** {@code host:port}, IPv6 in brackets; never the credentials. */
    public String address() {
        return (host.contains(":") ? "[" + host + "]" : host) + ":" + port;
    }

    /** The URL of the broker, without the credentials: {@code mqtts://host:port} with TLS, else {@code tcp://host:port}. */
    public String url() {
        return (tls ? "mqtts://" : "tcp://") + address();
    }

    @Override
    public String toString() { return address(); }
}
