package mqttlab.broker.auth;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.*;

import java.util.Base64;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PasswordHashTest {
    // Written by Debian's mosquitto_passwd 2.0.11: `-b f alice secret` and `-H sha512 -b f bob pw2`.
    static final String ALICE_7 = "$7$101$0kzOsAbqsm7ytX6z$cDgMkOiM3GzFXybkXFD5yJlEcTyJpbPkXq8f47uRi5gwc9Bo7AZFqRiZRjXLUxzR3rbIFQW8/4RgH8OyJnE/LQ==";
    static final String BOB_6 = "$6$NmCWUsf5nCgSLQjv$xtUbYdxK4LDVPlrYr/FsBASjnkUoDflzjHUUKxErCTrcO1je3OWoznP95IiMge95urm0rup5VazLfrXxxpge6g==";

    @Test
    void acceptsHashesWrittenByMosquittoPasswd() {
        PasswordHash a = PasswordHash.parse(ALICE_7);
        assertEquals(PasswordHash.Type.SHA512_PBKDF2, a.type());
        assertEquals(101, a.iterations());
        assertTrue(a.matches("secret".getBytes(UTF_8)));
        assertFalse(a.matches("Secret".getBytes(UTF_8)));
        assertFalse(a.matches(null));
        PasswordHash b = PasswordHash.parse(BOB_6);
        assertEquals(PasswordHash.Type.SHA512, b.type());
        assertTrue(b.matches("pw2".getBytes(UTF_8)));
        assertFalse(b.matches("pw".getBytes(UTF_8)));
        assertEquals(ALICE_7, a.encode(), "re-encoding is byte-identical");
        assertEquals(BOB_6, b.encode());
    }

    @Test
    void ownPbkdf2AgreesWithTheJdks() throws Exception {
        byte[] salt = "0123456789ab".getBytes(UTF_8);
        byte[] jdk = SecretKeyFactory.getInstance("PBKDF2WithHmacSHA512")
                .generateSecret(new PBEKeySpec("pässword".toCharArray(), salt, 101, 512)).getEncoded();
        assertArrayEquals(jdk, PasswordHash.pbkdf2Sha512("pässword".getBytes(UTF_8), salt, 101));
    }

    @Test
    void createdHashesAreSeven101With12ByteSaltAndVerify() {
        PasswordHash h = PasswordHash.create("학생 password", PasswordHash.Type.SHA512_PBKDF2);
        String enc = h.encode();
        assertTrue(enc.startsWith("$7$101$"), enc);
        String[] f = enc.split("\\$");
        assertEquals(12, Base64.getDecoder().decode(f[3]).length);
        assertEquals(64, Base64.getDecoder().decode(f[4]).length);
        assertTrue(PasswordHash.parse(enc).matches("학생 password".getBytes(UTF_8)));
        assertNotEquals(enc, PasswordHash.create("학생 password", PasswordHash.Type.SHA512_PBKDF2).encode(), "fresh salt");
        PasswordHash empty = PasswordHash.create("", PasswordHash.Type.SHA512_PBKDF2);
        assertTrue(empty.matches(new byte[0]));
        assertFalse(empty.matches("x".getBytes(UTF_8)));
        assertTrue(PasswordHash.create("x", PasswordHash.Type.SHA512).encode().startsWith("$6$"));
    }

    @Test
    void passwordStopsAtNulAsInMosquitto() {
        PasswordHash h = PasswordHash.create("abc", PasswordHash.Type.SHA512_PBKDF2);
        assertTrue(h.matches(new byte[] {'a', 'b', 'c', 0, 'z'}));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "plaintext|invalid password hash",
        "$5$abc$def|invalid password hash type '$5$'",
        "$7$0$MDEyMzQ1Njc4OWFi$x|invalid hash iterations",
        "$7$abc$MDEyMzQ1Njc4OWFi$x|invalid hash iterations",
        "$6$!!!$AAAA|unable to decode password salt",
        "$6$MDEy$AAAA|unable to decode password salt",
        "$6$MDEyMzQ1Njc4OWFi$AAAA|unable to decode password",
        "$7$101$MDEyMzQ1Njc4OWFi|invalid password hash",
    })
    void malformedHashesSayWhat(String hash, String message) {
        assertEquals(message, assertThrows(IllegalArgumentException.class, () -> PasswordHash.parse(hash)).getMessage());
    }
}
