package mqttlab.classroom;

import mqttlab.text.Cause;
import com.hivemq.client.mqtt.MqttClientSslConfig;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.security.cert.CertificateFactory;
import javax.net.ssl.TrustManagerFactory;
import mqttlab.text.Text;

/**
 * TLS for the class link ({@code --join mqtts://…}): the broker's certificate is checked against the
 * CA file given (PEM, one or more certificates, as mosquitto_sub's {@code --cafile}) or else the JVM's
 * trusted roots, and its name against the host joined (the client library's default).
 */
final class ClassTls {
    private ClassTls() { }

    /** The client's TLS settings for {@code spec}, or null when the link is plain TCP. */
    static MqttClientSslConfig config(JoinSpec spec) {
        if (!spec.tls()) return null;
        if (spec.cafile() == null) return MqttClientSslConfig.builder().build();
        return MqttClientSslConfig.builder().trustManagerFactory(trusting(spec.cafile())).build();
    }

    private static TrustManagerFactory trusting(Path cafile) {
        try (InputStream in = Files.newInputStream(cafile)) {
            KeyStore store = KeyStore.getInstance(KeyStore.getDefaultType());
            store.load(null, null);
            int i = 0;
            for (Certificate c : CertificateFactory.getInstance("X.509").generateCertificates(in)) store.setCertificateEntry("ca" + i++, c);
            if (i == 0) throw new IllegalArgumentException(Text.t("relay.cafile.unreadable", cafile));
            TrustManagerFactory tmf = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            tmf.init(store);
            return tmf;
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalArgumentException(Text.t("relay.cafile.unreadable", cafile) + ": " + mqttlab.text.Cause.of(e), e);
        }
    }
}
