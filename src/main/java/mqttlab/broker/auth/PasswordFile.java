package mqttlab.broker.auth;

import mqttlab.text.Phrase;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import mqttlab.broker.config.ConfigException;

/**
 * A mosquitto password file ({@code user:$7$101$salt$hash} lines, as Debian's mosquitto_passwd
 * writes them; {@code $6$} too) checked as mosquitto 2.0 does: lines starting with {@code #} and
 * lines without {@code :} are skipped, user names are trimmed, an entry whose hash cannot be decoded
 * is removed with a warning, and a user who is not in the file is refused. Immutable, so safe to
 * share between connections; reload by loading again.
 */
public final class PasswordFile implements Authenticator {
    private final Map<String, PasswordHash> users;
    private final List<Phrase> warnings;

    private PasswordFile(Map<String, PasswordHash> users, List<Phrase> warnings) {
        this.users = Collections.unmodifiableMap(users);
        this.warnings = List.copyOf(warnings);
    }

    /** Reads a password file; a file that cannot be read is a {@link ConfigException} (the broker does not start). */
    public static PasswordFile load(Path file) throws ConfigException {
        try {
            return parse(Files.readString(file, StandardCharsets.UTF_8), file.toString());
        } catch (IOException e) {
            throw new ConfigException(file.toString(), 0, "passwd.file.unreadable", mqttlab.broker.config.ConfigParser.reason(e));
        }
    }

    /** Parses password file text; {@code name} appears in warnings. */
    public static PasswordFile parse(String text, String name) {
        Map<String, PasswordHash> users = new LinkedHashMap<>();
        List<Phrase> warnings = new ArrayList<>();
        List<String> lines = text.lines().toList();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.startsWith("#") || line.indexOf(':') < 0) continue;
            int colon = line.indexOf(':');
            String user = line.substring(0, colon).strip();
            String rest = line.substring(colon + 1);
            int next = rest.indexOf(':');
            String hash = (next >= 0 ? rest.substring(0, next) : rest).strip();
            if (user.isEmpty()) continue;
            if (hash.isEmpty()) {
                warnings.add(new Phrase("passwd.warn.no.hash", name, i + 1, user));
                users.remove(user);
                continue;
            }
            try {
                users.put(user, PasswordHash.parse(hash));
            } catch (PasswordHash.BadHash e) {
                warnings.add(new Phrase("passwd.warn.bad.hash", name, i + 1, e.phrase(), user));
                users.remove(user);
            }
        }
        return new PasswordFile(users, warnings);
    }

    @Override
    public boolean authenticate(String username, byte[] password) {
        if (username == null) return false;
        PasswordHash h = users.get(username);
        return h != null && h.matches(password);
    }

    /** The user names, in file order. */
    public Set<String> users() { return users.keySet(); }

    public boolean contains(String user) { return users.containsKey(user); }

    /** Entries that were dropped and why; the broker logs them as warnings at start. */
    public List<Phrase> warnings() { return warnings; }
}
