package mqttlab.relay;

import io.netty.handler.ssl.SslContext;
import io.netty.handler.ssl.SslContextBuilder;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.net.ssl.SSLException;

/**
 * The broker the relay forwards to: {@code tcp://HOST[:PORT]} or {@code mqtt://} (1883), or
 * {@code mqtts://} / {@code ssl://} (TLS, 8883) checked against {@code cafile} as mosquitto_sub's
 * {@code --cafile} does (the JVM's trusted roots when there is none).
 */
public record Upstream(String host, int port, boolean tls, Path cafile) {

    /** Parses the URL; {@link IllegalArgumentException} with a message for people when it is not one. */
    public static Upstream parse(String url, Path cafile) {
        URI u;
        try {
            u = URI.create(url.contains("://") ? url : "tcp://" + url);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(notAUrl(url));
        }
        String scheme = u.getScheme() == null ? "" : u.getScheme().toLowerCase(java.util.Locale.ROOT);
        boolean tls = switch (scheme) {
            case "tcp", "mqtt" -> false;
            case "mqtts", "ssl", "tls" -> true;
            default -> throw new IllegalArgumentException(notAUrl(url));
        };
        if (u.getHost() == null) throw new IllegalArgumentException(notAUrl(url));
        if (cafile != null && !Files.isReadable(cafile)) throw new IllegalArgumentException(mqttlab.text.Text.t("relay.cafile.unreadable", cafile));
        return new Upstream(u.getHost(), u.getPort() < 0 ? (tls ? 8883 : 1883) : u.getPort(), tls, cafile);
    }

    private static String notAUrl(String url) {
        return mqttlab.text.Text.t("relay.bad.url", url);
    }

    /** How people write it: {@code mqtts://broker.campus:8883}. */
    public String url() { return (tls ? "mqtts://" : "tcp://") + host + ":" + port; }

    /** The client TLS context for this upstream, or null for plain TCP. */
    SslContext sslContext() throws SSLException {
        if (!tls) return null;
        SslContextBuilder b = SslContextBuilder.forClient();
        if (cafile != null) b.trustManager(cafile.toFile());
        return b.build();
    }
}
