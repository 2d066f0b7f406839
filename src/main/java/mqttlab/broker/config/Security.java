package mqttlab.broker.config;

import java.nio.file.Path;

/**
 * Authentication and authorisation settings: global, or per listener when
 * {@code per_listener_settings true}. {@code allowAnonymous} null means "not set": mosquitto 2.0
 * then allows anonymous only in local-only mode (no listener configured).
 */
public record Security(Boolean allowAnonymous, Path passwordFile, Path aclFile) {
    public static final Security UNSET = new Security(null, null, null);
}
