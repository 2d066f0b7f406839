package mqttlab.broker.config;

import java.nio.file.Path;

/**
 * Authentication and authorisation settings: global, or per listener when
 * {@code per_listener_settings true}. {@code allowAnonymous} null means "not set": mosquitto 2.0
 * then allows anonymous only in local-only mode (no listener configured).
 */
public record Security(Boolean allowAnonymous, Path passwordFile, Path aclFile) {
    public static final Security UNSET = new Security(null, null, null);

    // equals and hashCode written out, with the record's meaning: the generated ones bootstrap method handles on
    // their first call, a quarter of the broker's start (issue 14), and the broker hashes this as it starts
    @Override
    public boolean equals(Object o) {
        return o instanceof Security s && java.util.Objects.equals(allowAnonymous, s.allowAnonymous)
                && java.util.Objects.equals(passwordFile, s.passwordFile) && java.util.Objects.equals(aclFile, s.aclFile);
    }

    @Override
    public int hashCode() {
        return java.util.Objects.hash(allowAnonymous, passwordFile, aclFile);
    }
}
