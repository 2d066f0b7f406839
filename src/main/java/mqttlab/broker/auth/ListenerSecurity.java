package mqttlab.broker.auth;

import mqttlab.text.Phrase;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import mqttlab.broker.config.BrokerConfig;
import mqttlab.broker.config.ConfigException;
import mqttlab.broker.config.Listener;
import mqttlab.broker.config.Security;

/**
 * What one listener enforces, loaded from the config: anonymous or not, the password file, the ACL.
 * {@link #admit} is mosquitto 2.0's CONNECT decision (checked against Debian's 2.0.11):
 * <ul>
 * <li>no user name: admitted only when anonymous clients are allowed;</li>
 * <li>a user name and no password_file: admitted only when anonymous clients are allowed (with
 *     {@code allow_anonymous false} and no password file, mosquitto refuses everyone);</li>
 * <li>a user name and a password_file: the password must match, even when anonymous clients are
 *     allowed (an unknown user or a missing password is refused).</li>
 * </ul>
 * Without an acl_file every topic is allowed. {@code passwords} is the password file, or (classroom
 * mode) an {@link Authenticator} that reloads it when it changes; null means no password_file.
 */
public record ListenerSecurity(boolean allowAnonymous, Authenticator passwords, Authorizer authorizer, List<Phrase> warnings) {

    public ListenerSecurity {
        Objects.requireNonNull(authorizer, "authorizer");
        warnings = List.copyOf(warnings);
    }

    // equals and hashCode written out, with the record's meaning: the generated ones bootstrap method handles on
    // their first call, which the broker's start would pay for (issue 14)
    @Override
    public boolean equals(Object o) {
        return o instanceof ListenerSecurity s && allowAnonymous == s.allowAnonymous && Objects.equals(passwords, s.passwords)
                && authorizer.equals(s.authorizer) && warnings.equals(s.warnings);
    }

    @Override
    public int hashCode() {
        return Objects.hash(allowAnonymous, passwords, authorizer, warnings);
    }

    /** CONNECT: may this user name and password connect? {@code username} null means none was given. */
    public boolean admit(String username, byte[] password) {
        if (username == null || passwords == null) return allowAnonymous;
        return passwords.authenticate(username, password);
    }

    /**
     * The security for each of {@code config.effectiveListeners()}, in order: per listener with
     * per_listener_settings, else the global settings. A file that cannot be read or parsed is a
     * {@link ConfigException} (the broker does not start); entries mosquitto would drop are in warnings.
     */
    public static List<ListenerSecurity> load(BrokerConfig config) throws ConfigException {
        Map<Security, ListenerSecurity> cache = new HashMap<>();
        List<ListenerSecurity> out = new ArrayList<>();
        for (Listener l : config.effectiveListeners()) {
            Security s = config.perListenerSettings() && l.security() != null ? l.security() : config.security();
            ListenerSecurity ls = cache.get(s);
            if (ls == null) {
                ls = load(s, config.allowAnonymous(s));
                cache.put(s, ls);
            }
            out.add(ls);
        }
        return out;
    }

    static ListenerSecurity load(Security s, boolean allowAnonymous) throws ConfigException {
        List<Phrase> warnings = new ArrayList<>();
        PasswordFile pw = null;
        if (s.passwordFile() != null) {
            pw = PasswordFile.load(s.passwordFile());
            warnings.addAll(pw.warnings());
        }
        Authorizer acl = Authorizer.ALLOW_ALL;
        if (s.aclFile() != null) {
            AclFile a = AclFile.load(s.aclFile());
            warnings.addAll(a.warnings());
            acl = a;
        }
        return new ListenerSecurity(allowAnonymous, pw, acl, warnings);
    }
}
