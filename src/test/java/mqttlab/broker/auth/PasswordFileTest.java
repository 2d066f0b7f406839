package mqttlab.broker.auth;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.*;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Set;
import mqttlab.broker.config.ConfigException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PasswordFileTest {

    @Test
    void readsLikeMosquitto() {
        PasswordFile f = PasswordFile.parse("""
                # comment
                alice:%s
                no colon here

                 bob :%s
                carol:$7$101$broken
                dave:
                """.formatted(PasswordHashTest.ALICE_7, PasswordHashTest.BOB_6), "pw");
        assertEquals(Set.of("alice", "bob"), f.users());
        assertTrue(f.authenticate("alice", "secret".getBytes(UTF_8)));
        assertTrue(f.authenticate("bob", "pw2".getBytes(UTF_8)), "user names are trimmed");
        assertFalse(f.authenticate("alice", "pw2".getBytes(UTF_8)));
        assertFalse(f.authenticate("alice", null));
        assertFalse(f.authenticate("mallory", "secret".getBytes(UTF_8)));
        assertFalse(f.authenticate(null, "secret".getBytes(UTF_8)));
        assertFalse(f.authenticate("carol", "x".getBytes(UTF_8)));
        assertEquals(List.of("pw:6: invalid password hash for user carol, removing entry.",
                "pw:7: missing password hash for user dave, removing entry."), f.warnings().stream().map(mqttlab.text.Phrase::english).toList());
    }

    @Test
    void missingFileIsAConfigException(@TempDir Path dir) {
        ConfigException e = assertThrows(ConfigException.class, () -> PasswordFile.load(dir.resolve("passwd")));
        assertTrue(e.getMessage().endsWith("passwd: cannot read the password file (no such file)"), e.getMessage());
    }

    @Test
    void editorAddsReplacesAndDeletesKeepingOtherLines(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("passwd");
        PasswordFileEditor.set(file, "alice", "one", true, PasswordHash.Type.SHA512_PBKDF2);
        assertEquals("rw-r--r--", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
        Files.writeString(file, "# kept\n" + Files.readString(file));
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r-----"));
        PasswordFileEditor.set(file, "bob", "two", false, PasswordHash.Type.SHA512_PBKDF2);
        PasswordFileEditor.set(file, "alice", "three", false, PasswordHash.Type.SHA512);
        List<String> lines = Files.readAllLines(file);
        assertEquals("# kept", lines.get(0));
        assertTrue(lines.get(1).startsWith("alice:$6$"), "replaced in place");
        assertTrue(lines.get(2).startsWith("bob:$7$101$"));
        assertEquals("rw-r-----", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)), "permissions kept");
        PasswordFile f = PasswordFile.load(file);
        assertTrue(f.authenticate("alice", "three".getBytes(UTF_8)));
        assertFalse(f.authenticate("alice", "one".getBytes(UTF_8)));
        assertTrue(f.authenticate("bob", "two".getBytes(UTF_8)));
        assertTrue(PasswordFileEditor.delete(file, "alice"));
        assertFalse(PasswordFileEditor.delete(file, "alice"));
        assertEquals(Set.of("bob"), PasswordFile.load(file).users());
        try (var s = Files.list(dir)) {
            assertEquals(List.of(file), s.toList(), "no temporary files left behind");
        }
        PasswordFileEditor.set(file, "zed", "z", true, PasswordHash.Type.SHA512_PBKDF2);
        assertEquals(Set.of("zed"), PasswordFile.load(file).users(), "create overwrites");
    }

    @Test
    void editorRefusesBadNamesAndAMissingFileWithoutCreate(@TempDir Path dir) {
        Path file = dir.resolve("passwd");
        assertThrows(java.nio.file.NoSuchFileException.class,
                () -> PasswordFileEditor.set(file, "a", "b", false, PasswordHash.Type.SHA512_PBKDF2));
        for (String bad : List.of("", "a:b", " a", "a\nb")) {
            assertNotNull(PasswordFileEditor.checkUsername(bad), bad);
            assertThrows(IllegalArgumentException.class,
                    () -> PasswordFileEditor.set(file, bad, "b", true, PasswordHash.Type.SHA512_PBKDF2));
        }
        assertNull(PasswordFileEditor.checkUsername("김민수"));
    }
}
