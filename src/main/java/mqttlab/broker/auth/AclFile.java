package mqttlab.broker.auth;

import mqttlab.text.Phrase;
import mqttlab.protocol.topic.FilterRelations;
import mqttlab.protocol.topic.TopicMatcher;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import mqttlab.broker.config.ConfigException;

/**
 * A mosquitto acl_file, checked as mosquitto 2.0's default ACL check does (src/security_default.c):
 * first the client's own rules (its {@code user} section, or the lines before any {@code user} for
 * an anonymous client), then the {@code pattern} rules; in each, deny rules first, and the first
 * rule whose topic matches decides. Nothing matching means denied. When patterns exist, a client
 * whose user name or client id contains {@code +} or {@code #} is denied everything (it could
 * otherwise widen its own patterns); a {@code %c}/{@code %u} value containing {@code /} makes an
 * allow pattern not match and a deny pattern match, so it can never reach another client's levels.
 * Rules starting with a wildcard do not match {@code $SYS} topics. Immutable and thread-safe.
 */
public final class AclFile implements Authorizer {
    private final List<AclRule> anonymous;
    private final Map<String, List<AclRule>> users = new LinkedHashMap<>();
    private final List<AclRule> patterns;
    private final List<Phrase> warnings;

    private AclFile(AclFileParser p) {
        this.anonymous = AclFileParser.denyFirst(p.anonymous);
        p.users.forEach((u, rules) -> users.put(u, AclFileParser.denyFirst(rules)));
        this.patterns = AclFileParser.denyFirst(p.patterns);
        this.warnings = List.copyOf(p.warnings);
    }

    public static AclFile load(Path file) throws ConfigException {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new ConfigException(file.toString(), 0, "acl.unreadable", mqttlab.broker.config.ConfigParser.reason(e));
        }
        return parse(text, file.toString());
    }

    public static AclFile parse(String text, String name) throws ConfigException {
        AclFileParser p = new AclFileParser(name);
        p.parse(text);
        return new AclFile(p);
    }

    /** Lines that parse but probably do not mean what was intended. */
    public List<Phrase> warnings() { return warnings; }

    @Override
    public boolean canWrite(String clientId, String username, String topic) {
        return check(clientId, username, topic, AclRule.WRITE);
    }

    @Override
    public boolean canRead(String clientId, String username, String topic) {
        return check(clientId, username, topic, AclRule.READ);
    }

    /**
     * A subscription is refused when the ACL denies reading every topic its filter matches: a deny
     * rule covers the whole filter, or no read rule shares a single topic with it. A filter that can
     * still deliver something is granted, and each message is checked at delivery as before.
     * mosquitto 2.0.11's acl_file never refuses a subscription (its default check grants SUBSCRIBE and
     * filters at delivery, so "topic deny test/nosubscribe" still gets SUBACK 0); the standards let a
     * server refuse (3.1.1 3.9.3 0x80 Failure, 5.0 0x87 Not authorized), and a student learns more
     * from a refused SUBACK than from a subscription that silently never delivers.
     */
    @Override
    public boolean canSubscribe(String clientId, String username, String filter) {
        boolean readable = false;
        List<AclRule> own = username == null ? anonymous : users.get(username);
        if (own != null) {
            for (AclRule r : own) {
                if (r.deny() && FilterRelations.covers(r.topic(), filter)) return false;
                if ((r.access() & AclRule.READ) != 0 && FilterRelations.overlaps(r.topic(), filter)) readable = true;
            }
        }
        if (patterns.isEmpty() || clientId == null) return readable;
        if (dangerous(username) || dangerous(clientId)) return false;
        for (AclRule r : patterns) {
            if (r.usesUsername() && username == null) continue;
            boolean slash = (r.usesUsername() && username.contains("/")) || (r.usesClientId() && clientId.contains("/"));
            if (slash) continue; // never matches for this client (a deny of that kind matches each topic: checked at delivery)
            String rule = r.substitute(clientId, username);
            if (r.deny() && FilterRelations.covers(rule, filter)) return false;
            if ((r.access() & AclRule.READ) != 0 && FilterRelations.overlaps(rule, filter)) readable = true;
        }
        return readable;
    }

    private boolean check(String clientId, String username, String topic, int access) {
        List<AclRule> own = username == null ? anonymous : users.get(username);
        if (own != null) {
            for (AclRule r : own) {
                if (!TopicMatcher.matches(r.topic(), topic)) continue;
                if (r.deny()) return false;
                if ((r.access() & access) != 0) return true;
            }
        }
        if (patterns.isEmpty() || clientId == null) return false;
        if (dangerous(username) || dangerous(clientId)) return false;
        for (AclRule r : patterns) {
            if (r.usesUsername() && username == null) continue;
            boolean slash = (r.usesUsername() && username.contains("/")) || (r.usesClientId() && clientId.contains("/"));
            if (slash) {
                if (r.deny()) return false;
                continue;
            }
            if (TopicMatcher.matches(r.substitute(clientId, username), topic)) {
                if (r.deny()) return false;
                if ((r.access() & access) != 0) return true;
            }
        }
        return false;
    }

    private static boolean dangerous(String s) {
        return s != null && (s.indexOf('+') >= 0 || s.indexOf('#') >= 0);
    }
}
