package mqttlab.broker.auth;

import static mqttlab.text.Text.t;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import mqttlab.files.AtomicFile;

/**
 * Adds, changes and deletes users in a mosquitto password file, the way mosquitto_passwd does
 * (other lines are kept as they are), writing atomically: a temporary file in the same folder,
 * fsync, then a rename, so a crash never leaves half a file. A new file gets rw-r--r-- (what
 * mosquitto_passwd gives under the usual umask), so a broker that drops root can still read it;
 * an existing file keeps its permissions. Used by `mqttlab passwd` and the classroom roster.
 */
public final class PasswordFileEditor {
    private PasswordFileEditor() { }

    /** Checks a user name as mosquitto_passwd does; returns a message for people, or null when it is fine. */
    public static String checkUsername(String user) {
        if (user == null || user.isEmpty()) return t("passwd.user.empty");
        if (user.indexOf(':') >= 0) return t("passwd.user.colon");
        if (user.strip().length() != user.length()) return t("passwd.user.spaces");
        if (user.chars().anyMatch(Character::isISOControl)) return t("passwd.user.control");
        if (user.length() > 65535) return t("passwd.user.long");
        return null;
    }

    /**
     * Sets (adds or replaces) a user's password. {@code create} starts a new file (overwriting an
     * existing one, like {@code -c}); otherwise the file must exist.
     */
    public static void set(Path file, String user, String password, boolean create, PasswordHash.Type type) throws IOException {
        String bad = checkUsername(user);
        if (bad != null) throw new IllegalArgumentException(bad);
        if (password.length() > 65535) throw new IllegalArgumentException(t("passwd.password.long"));
        String entry = user + ":" + PasswordHash.create(password, type).encode();
        List<String> lines = create ? new ArrayList<>() : read(file);
        boolean replaced = false;
        for (int i = 0; i < lines.size(); i++) {
            if (user.equals(userOf(lines.get(i)))) {
                if (!replaced) lines.set(i, entry);
                else lines.remove(i--);
                replaced = true;
            }
        }
        if (!replaced) lines.add(entry);
        write(file, lines);
    }

    /** Deletes a user; false (and the file untouched) when the user is not in it. */
    public static boolean delete(Path file, String user) throws IOException {
        List<String> lines = read(file);
        boolean removed = lines.removeIf(l -> user.equals(userOf(l)));
        if (removed) write(file, lines);
        return removed;
    }

    private static String userOf(String line) {
        int colon = line.indexOf(':');
        return line.startsWith("#") || colon < 0 ? null : line.substring(0, colon).strip();
    }

    private static List<String> read(Path file) throws IOException {
        return new ArrayList<>(Files.readString(file, StandardCharsets.UTF_8).lines().toList());
    }

    /** Replaces the file atomically, keeping its permissions (rw-r--r-- for a new one, as mosquitto_passwd leaves it). */
    static void write(Path file, List<String> lines) throws IOException {
        Set<PosixFilePermission> perms;
        try {
            perms = Files.exists(file) ? Files.getPosixFilePermissions(file) : PosixFilePermissions.fromString("rw-r--r--");
        } catch (UnsupportedOperationException e) {
            perms = AtomicFile.OWNER_ONLY; // not a POSIX file system: not applied
        }
        StringBuilder sb = new StringBuilder();
        for (String l : lines) sb.append(l).append('\n');
        AtomicFile.write(file, sb.toString().getBytes(StandardCharsets.UTF_8), perms);
    }
}
