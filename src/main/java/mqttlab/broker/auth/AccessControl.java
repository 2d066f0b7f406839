package mqttlab.broker.auth;

import mqttlab.broker.config.BrokerConfig;
import mqttlab.broker.config.ConfigException;
import mqttlab.broker.config.Security;

/**
 * Who may connect and which topics they may use, for one listener (or all of them): the
 * password file, the ACL file and allow_anonymous, loaded once at start.
 */
public record AccessControl(Authenticator authenticator, Authorizer authorizer, boolean allowAnonymous, boolean checksPasswords) {

    /** Loads the files the settings name; {@code listener} is null unless per_listener_settings is on. */
    public static AccessControl load(BrokerConfig config, Security listener) throws ConfigException {
        Security s = listener != null ? listener : config.security();
        Authenticator authn = s.passwordFile() == null ? (u, p) -> true : PasswordFile.load(s.passwordFile());
        Authorizer authz = s.aclFile() == null ? Authorizer.ALLOW_ALL : AclFile.load(s.aclFile());
        return new AccessControl(authn, authz, config.allowAnonymous(listener), s.passwordFile() != null);
    }

    /** Whether a CONNECT with this user name and password is let in. */
    public boolean admits(String username, byte[] password) {
        if (username == null) return allowAnonymous;
        return !checksPasswords || authenticator.authenticate(username, password);
    }
}
