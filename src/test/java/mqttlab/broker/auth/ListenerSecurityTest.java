package mqttlab.broker.auth;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.*;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import mqttlab.broker.config.BrokerConfig;
import mqttlab.broker.config.ConfigException;
import mqttlab.broker.config.ConfigParser;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** mosquitto 2.0.11's CONNECT decisions, observed with Debian's broker and mosquitto_pub. */
class ListenerSecurityTest {
    @TempDir Path dir;

    @BeforeEach
    void files() throws Exception {
        PasswordFileEditor.set(dir.resolve("pw"), "alice", "secret", true, PasswordHash.Type.SHA512_PBKDF2);
        Files.writeString(dir.resolve("acl"), "user alice\ntopic readwrite a/#\n");
    }

    private List<ListenerSecurity> load(String conf) throws ConfigException {
        return ListenerSecurity.load(ConfigParser.parse(conf, dir.resolve("t.conf")));
    }

    private static byte[] b(String s) { return s.getBytes(UTF_8); }

    @Test
    void noPasswordFileAndNoAnonymousRefusesEveryone() throws Exception {
        ListenerSecurity s = load("listener 1883\nallow_anonymous false\n").get(0);
        assertFalse(s.admit(null, null));
        assertFalse(s.admit("foo", b("bar")));
    }

    @Test
    void passwordFileWithAnonymousAllowedStillChecksGivenNames() throws Exception {
        ListenerSecurity s = load("listener 1883\nallow_anonymous true\npassword_file pw\n").get(0);
        assertTrue(s.admit(null, null));
        assertTrue(s.admit("alice", b("secret")));
        assertFalse(s.admit("alice", b("wrong")));
        assertFalse(s.admit("stranger", b("x")));
        assertFalse(s.admit("alice", null));
    }

    @Test
    void localOnlyModeAdmitsAnyoneAndAllowsAllTopics() throws Exception {
        ListenerSecurity s = load("").get(0);
        assertTrue(s.admit(null, null));
        assertTrue(s.admit("whoever", null));
        assertSame(Authorizer.ALLOW_ALL, s.authorizer());
    }

    @Test
    void perListenerSettingsGiveEachListenerItsOwn() throws Exception {
        List<ListenerSecurity> s = load("""
                per_listener_settings true
                listener 1883 127.0.0.1
                allow_anonymous true
                listener 1884
                password_file pw
                acl_file acl
                """);
        assertTrue(s.get(0).admit(null, null));
        assertTrue(s.get(0).authorizer().canWrite("c", null, "x"));
        assertFalse(s.get(1).admit(null, null), "allow_anonymous defaults to false on a listener");
        assertTrue(s.get(1).admit("alice", b("secret")));
        assertTrue(s.get(1).authorizer().canWrite("c", "alice", "a/b"));
        assertFalse(s.get(1).authorizer().canWrite("c", "alice", "b"));
    }

    @Test
    void unreadableFilesStopTheStart() {
        ConfigException e = assertThrows(ConfigException.class, () -> load("listener 1883\nacl_file missing.acl\n"));
        assertTrue(e.getMessage().endsWith("missing.acl: cannot read the ACL file (no such file)"), e.getMessage());
        BrokerConfig c = BrokerConfig.defaults();
        assertDoesNotThrow(() -> ListenerSecurity.load(c));
    }
}
