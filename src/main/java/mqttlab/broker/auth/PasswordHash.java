package mqttlab.broker.auth;

import mqttlab.text.Phrase;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * One password hash as mosquitto 2.0 writes it (src/password_mosq.c, apps/mosquitto_passwd):
 * {@code $6$salt$hash} is SHA-512(password + salt); {@code $7$iterations$salt$hash} is
 * PBKDF2-HMAC-SHA512 (mosquitto_passwd's default: 101 iterations). Salt and hash are standard
 * base64; the salt is 12 random bytes (mosquitto also accepts 64), the hash 64 bytes.
 */
public final class PasswordHash {
    public enum Type { SHA512, SHA512_PBKDF2 }

    public static final int DEFAULT_ITERATIONS = 101;
    static final int SALT_LEN = 12;
    static final int HASH_LEN = 64;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final Type type;
    private final int iterations;
    private final byte[] salt;
    private final byte[] hash;

    private PasswordHash(Type type, int iterations, byte[] salt, byte[] hash) {
        this.type = type;
        this.iterations = iterations;
        this.salt = salt;
        this.hash = hash;
    }

    /** A new hash with a fresh random salt; PBKDF2 is what mosquitto_passwd writes by default. */
    public static PasswordHash create(String password, Type type) {
        byte[] salt = new byte[SALT_LEN];
        RANDOM.nextBytes(salt);
        int it = type == Type.SHA512_PBKDF2 ? DEFAULT_ITERATIONS : 0;
        return new PasswordHash(type, it, salt, digest(password.getBytes(StandardCharsets.UTF_8), type, it, salt));
    }

    /** Decodes {@code $6$...} or {@code $7$...}; the message of the exception says what is wrong, as mosquitto does. */
    public static PasswordHash parse(String encoded) {
        String[] f = encoded.strip().split("\\$", -1);
        if (f.length < 2 || !f[0].isEmpty()) throw new BadHash("passwd.hash.invalid");
        Type type = switch (f[1]) {
            case "6" -> Type.SHA512;
            case "7" -> Type.SHA512_PBKDF2;
            default -> throw new BadHash("passwd.hash.type", f[1]);
        };
        int i = 2;
        int iterations = 0;
        if (type == Type.SHA512_PBKDF2) {
            if (f.length != 5) throw new BadHash("passwd.hash.invalid");
            try {
                iterations = Integer.parseInt(f[i++]);
            } catch (NumberFormatException e) {
                iterations = 0;
            }
            if (iterations < 1) throw new BadHash("passwd.hash.iterations");
        } else if (f.length != 4) {
            throw new BadHash("passwd.hash.invalid");
        }
        byte[] salt = decode(f[i++], "passwd.hash.salt");
        if (salt.length != SALT_LEN && salt.length != HASH_LEN) throw new BadHash("passwd.hash.salt");
        byte[] hash = decode(f[i], "passwd.hash.password");
        if (hash.length != HASH_LEN) throw new BadHash("passwd.hash.password");
        return new PasswordHash(type, iterations, salt, hash);
    }

    /** True when this password (MQTT's binary password, up to the first NUL as in mosquitto) matches. */
    public boolean matches(byte[] password) {
        if (password == null) return false;
        int end = 0;
        while (end < password.length && password[end] != 0) end++;
        return MessageDigest.isEqual(hash, digest(Arrays.copyOf(password, end), type, iterations, salt));
    }

    /** The text after {@code user:} in the file. */
    public String encode() {
        Base64.Encoder b = Base64.getEncoder();
        String head = type == Type.SHA512 ? "$6$" : "$7$" + iterations + "$";
        return head + b.encodeToString(salt) + "$" + b.encodeToString(hash);
    }

    public Type type() { return type; }

    public int iterations() { return iterations; }

    private static byte[] decode(String s, String problem) {
        try {
            return Base64.getDecoder().decode(s);
        } catch (IllegalArgumentException e) {
            throw new BadHash(problem);
        }
    }

    /** A hash that does not decode: the message is mosquitto's English, {@link #phrase} the same in the lab's catalogue. */
    public static final class BadHash extends IllegalArgumentException {
        private final transient Phrase phrase;

        BadHash(String key, Object... args) {
            this(new Phrase(key, args));
        }

        private BadHash(Phrase phrase) {
            super(phrase.english());
            this.phrase = phrase;
        }

        public Phrase phrase() { return phrase; }
    }

    static byte[] digest(byte[] password, Type type, int iterations, byte[] salt) {
        try {
            if (type == Type.SHA512) {
                MessageDigest md = MessageDigest.getInstance("SHA-512");
                md.update(password);
                md.update(salt);
                return md.digest();
            }
            return pbkdf2Sha512(password, salt, iterations);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("SHA-512 is not available in this Java runtime", e);
        }
    }

    /** PBKDF2-HMAC-SHA512 (RFC 8018) for one 64-byte block, on raw bytes (the JDK's PBEKeySpec takes chars). */
    static byte[] pbkdf2Sha512(byte[] password, byte[] salt, int iterations) throws GeneralSecurityException {
        Mac mac = Mac.getInstance("HmacSHA512");
        // HMAC pads the key with zeros, so an empty key equals a one-zero-byte key (SecretKeySpec refuses empty ones).
        mac.init(new SecretKeySpec(password.length == 0 ? new byte[1] : password, "HmacSHA512"));
        mac.update(salt);
        mac.update(new byte[] {0, 0, 0, 1});
        byte[] u = mac.doFinal();
        byte[] t = u.clone();
        for (int i = 1; i < iterations; i++) {
            u = mac.doFinal(u);
            for (int j = 0; j < t.length; j++) t[j] ^= u[j];
        }
        return t;
    }
}
