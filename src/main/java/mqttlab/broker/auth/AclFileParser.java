package mqttlab.broker.auth;

import mqttlab.text.Phrase;
import mqttlab.protocol.topic.TopicFilter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import mqttlab.broker.config.ConfigException;

/**
 * Reads mosquitto's acl_file syntax: {@code user NAME} starts a user's section; {@code topic
 * [read|write|readwrite|deny] TOPIC} adds a rule to the current section (lines before any
 * {@code user} are for anonymous clients); {@code pattern [...] TOPIC} adds a rule for everyone,
 * with {@code %c} and {@code %u} levels. Lines starting with {@code #} are comments. Unlike
 * mosquitto, a bad line names its line number.
 */
final class AclFileParser {
    final List<AclRule> anonymous = new ArrayList<>();
    final Map<String, List<AclRule>> users = new LinkedHashMap<>();
    final List<AclRule> patterns = new ArrayList<>();
    final List<Phrase> warnings = new ArrayList<>();
    private final String file;
    private String user;

    AclFileParser(String file) {
        this.file = file;
    }

    void parse(String text) throws ConfigException {
        List<String> lines = text.lines().toList();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty() || line.startsWith("#")) continue;
            String[] parts = line.split("\\s+", 2);
            String rest = parts.length > 1 ? parts[1] : "";
            switch (parts[0]) {
                case "user" -> {
                    if (rest.isEmpty()) throw new ConfigException(file, i + 1, "acl.no.user");
                    user = rest;
                    users.computeIfAbsent(user, u -> new ArrayList<>());
                }
                case "topic", "pattern" -> rule(parts[0].equals("pattern"), rest, i + 1);
                default -> throw new ConfigException(file, i + 1, "acl.bad.line", line);
            }
        }
    }

    private void rule(boolean pattern, String rest, int line) throws ConfigException {
        String kind = pattern ? "pattern" : "topic";
        if (rest.isEmpty()) throw new ConfigException(file, line, "acl.empty.topic", kind);
        String[] parts = rest.split("\\s+", 2);
        String topic;
        int access;
        if (parts.length == 1) {
            topic = parts[0]; // mosquitto: "topic read" is a rule for the topic named "read"
            access = AclRule.READ | AclRule.WRITE;
            if (List.of("read", "write", "readwrite", "deny").contains(topic)) {
                warnings.add(new Phrase("acl.warn.no.topic", file, line, kind, topic));
            }
        } else {
            topic = parts[1].strip();
            access = switch (parts[0]) {
                case "read" -> AclRule.READ;
                case "write" -> AclRule.WRITE;
                case "readwrite" -> AclRule.READ | AclRule.WRITE;
                case "deny" -> AclRule.DENY;
                default -> throw new ConfigException(file, line, "acl.bad.access", parts[0]);
            };
        }
        if (!TopicFilter.isValid(topic)) {
            throw new ConfigException(file, line, "acl.bad.topic", topic);
        }
        AclRule r = new AclRule(topic, access, pattern, line);
        if (pattern) patterns.add(r);
        else if (user == null) anonymous.add(r);
        else users.get(user).add(r);
    }

    /** mosquitto checks deny rules first, then the others in file order. */
    static List<AclRule> denyFirst(List<AclRule> rules) {
        List<AclRule> out = new ArrayList<>();
        rules.stream().filter(AclRule::deny).forEach(out::add);
        rules.stream().filter(r -> !r.deny()).forEach(out::add);
        return List.copyOf(out);
    }
}
