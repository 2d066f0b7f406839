package mqttlab.broker.auth;

import mqttlab.broker.config.BrokerConfig;

/** The authenticator and authorizer a configuration asks for: password file and ACL file, or none. */
public record Security(Authenticator authenticator, Authorizer authorizer) {

    public static Security load(BrokerConfig config) {
        // Bound to PasswordFile / AclFile when those land; until then nothing is configured to check.
        Authenticator none = (user, password) -> false;
        return new Security(none, Authorizer.ALLOW_ALL);
    }
}
