package mqttlab.classroom;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import mqttlab.broker.auth.Authenticator;
import mqttlab.broker.auth.PasswordFile;
import mqttlab.broker.config.ConfigException;

/**
 * The classroom's password check: the config's password_file, read again whenever it changed on
 * disk (so `roster add`, `mqttlab passwd` or `mosquitto_passwd` take effect at the next CONNECT,
 * as mosquitto does on SIGHUP), plus the lab's own internal accounts (the building, the
 * instructor's console) whose passwords are random per run and never written anywhere.
 */
public final class ClassroomPasswords implements Authenticator {
    private final Path file;
    private final Map<String, byte[]> internal = new ConcurrentHashMap<>();
    private final SecureRandom random = new SecureRandom();
    private volatile PasswordFile current;
    private volatile FileTime loadedModified;
    private volatile long loadedSize;

    public ClassroomPasswords(Path file) throws ConfigException {
        this.file = Objects.requireNonNull(file, "file");
        reload();
    }

    /** A new random password for an internal account (valid until the lab stops). */
    public String internalAccount(String user) {
        byte[] b = new byte[24];
        random.nextBytes(b);
        String pw = Base64.getUrlEncoder().withoutPadding().encodeToString(b);
        internal.put(user, pw.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        return pw;
    }

    /** Every account: the password file's users and the internal ones. */
    public Set<String> accounts() {
        Set<String> all = new HashSet<>(current().users());
        all.addAll(internal.keySet());
        return all;
    }

    public boolean isInternal(String user) {
        return user != null && internal.containsKey(user);
    }

    @Override
    public boolean authenticate(String username, byte[] password) {
        if (username == null) return false;
        byte[] own = internal.get(username);
        if (own != null && password != null && MessageDigest.isEqual(own, password)) return true;
        refreshIfChanged();
        return current.authenticate(username, password);
    }

    public PasswordFile current() {
        refreshIfChanged();
        return current;
    }

    public Path file() { return file; }

    /** Reads the file now; a file that cannot be read keeps the previous accounts and throws. */
    public synchronized void reload() throws ConfigException {
        FileTime m;
        long size;
        try {
            m = Files.getLastModifiedTime(file);
            size = Files.size(file);
        } catch (IOException e) {
            m = null;
            size = -1;
        }
        current = PasswordFile.load(file);
        loadedModified = m;
        loadedSize = size;
    }

    private void refreshIfChanged() {
        try {
            FileTime m = Files.getLastModifiedTime(file);
            if (m.equals(loadedModified) && Files.size(file) == loadedSize) return;
            reload();
        } catch (IOException | ConfigException e) {
            // unreadable for a moment (being replaced): keep the accounts we have
        }
    }
}
