package mqttlab.classroom;

import static mqttlab.text.Text.t;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;
import mqttlab.broker.auth.PasswordFile;
import mqttlab.broker.auth.PasswordFileEditor;
import mqttlab.broker.auth.PasswordHash;
import mqttlab.broker.config.ConfigException;

/**
 * The class list: the students in the broker's password file (every user but the staff accounts
 * {@link #STAFF}), managed with {@link PasswordFileEditor}, so the file stays in mosquitto_passwd's
 * format ({@code $7$}) and either tool can edit it. Each command returns the lines to print.
 * {@code changed} runs after every write (the classroom reloads the accounts there) and
 * {@code removed} for each removed user (the classroom disconnects them).
 */
public final class Roster {
    /** Accounts that are not students: never listed, never on the scoreboard. */
    public static final Set<String> STAFF = Set.of(ClassroomAuthorizer.CONSOLE, ClassroomAuthorizer.BUILDING, ClassroomAuthorizer.PROJECTOR);
    private static final String ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789";

    private final Path file;
    private final Runnable changed;
    private final Consumer<String> removed;
    private final SecureRandom random = new SecureRandom();

    public Roster(Path file, Runnable changed, Consumer<String> removed) {
        this.file = Objects.requireNonNull(file, "file");
        this.changed = changed == null ? () -> { } : changed;
        this.removed = removed == null ? u -> { } : removed;
    }

    /** The students, in file order; none when the file does not exist yet. */
    public List<String> students() {
        if (!Files.exists(file)) return List.of();
        try {
            return PasswordFile.load(file).users().stream().filter(u -> !STAFF.contains(u)).toList();
        } catch (ConfigException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }

    /** {@code roster list}. */
    public List<String> list() {
        List<String> s = students();
        List<String> out = new ArrayList<>();
        out.add(t(s.isEmpty() ? "classroom.roster.list.empty" : "classroom.roster.list", ClassControl.students(s.size()), file));
        if (!s.isEmpty()) out.add("  " + String.join(", ", s));
        return out;
    }

    /** {@code roster add USER [PASSWORD]}: without a password one is generated and shown once. */
    public List<String> add(String user, String password) throws IOException {
        check(user);
        boolean existed = students().contains(user);
        String pw = password == null || password.isEmpty() ? generatePassword() : password;
        PasswordFileEditor.set(file, user, pw, !Files.exists(file), PasswordHash.Type.SHA512_PBKDF2);
        changed.run();
        boolean generated = password == null || password.isEmpty();
        String key = existed ? generated ? "classroom.roster.changed.generated" : "classroom.roster.changed"
                : generated ? "classroom.roster.added.generated" : "classroom.roster.added";
        return List.of(t(key, user, pw));
    }

    /** {@code roster remove USER}: removed from the file, and disconnected if online. */
    public List<String> remove(String user) throws IOException {
        if (STAFF.contains(user)) return List.of(t("classroom.roster.staff", user));
        boolean gone;
        try {
            gone = PasswordFileEditor.delete(file, user);
        } catch (NoSuchFileException e) {
            gone = false;
        }
        if (!gone) return List.of(t("classroom.roster.no.student", user, file));
        changed.run();
        removed.accept(user);
        return List.of(t("classroom.roster.removed", user));
    }

    /**
     * {@code roster import FILE.csv}: one student per line, {@code user,password} or {@code user}
     * (a password is generated and shown once); blank lines, {@code #} comments and a
     * {@code user,password} header are skipped. Every line is checked before anything is written.
     */
    public List<String> importCsv(Path csv) throws IOException {
        Map<String, String> entries = new LinkedHashMap<>();
        List<String> lines = Files.readAllLines(csv, StandardCharsets.UTF_8);
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).replace("\uFEFF", "").strip();
            if (line.isEmpty() || line.startsWith("#") || (i == 0 && line.toLowerCase().replace(" ", "").startsWith("user,"))) continue;
            String[] f = line.split(",", 2);
            String user = unquote(f[0]);
            String pw = f.length > 1 ? unquote(f[1]) : "";
            try {
                check(user);
            } catch (IllegalArgumentException e) {
                return List.of(t("classroom.roster.import.bad", csv, i + 1, e.getMessage()));
            }
            entries.put(user, pw);
        }
        List<String> out = new ArrayList<>();
        int generated = 0;
        for (var e : entries.entrySet()) {
            String pw = e.getValue().isEmpty() ? generatePassword() : e.getValue();
            PasswordFileEditor.set(file, e.getKey(), pw, !Files.exists(file), PasswordHash.Type.SHA512_PBKDF2);
            if (e.getValue().isEmpty()) {
                out.add("  " + e.getKey() + "  " + pw);
                generated++;
            }
        }
        changed.run();
        out.add(0, t(generated > 0 ? "classroom.roster.imported.generated" : "classroom.roster.imported",
                ClassControl.students(entries.size()), file));
        return out;
    }

    /** Ten characters without look-alikes (no l/1, o/0), about 49 bits. */
    public String generatePassword() {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < 10; i++) b.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        return b.toString();
    }

    private static void check(String user) {
        String bad = PasswordFileEditor.checkUsername(user);
        if (bad != null) throw new IllegalArgumentException(bad);
        if (STAFF.contains(user)) throw new IllegalArgumentException(t("classroom.roster.staff.name", user));
        if (user.contains("/") || user.contains("+") || user.contains("#")) {
            throw new IllegalArgumentException(t("classroom.roster.bad.name", user));
        }
    }

    private static String unquote(String s) {
        s = s.strip();
        return s.length() >= 2 && s.startsWith("\"") && s.endsWith("\"") ? s.substring(1, s.length() - 1) : s;
    }
}
