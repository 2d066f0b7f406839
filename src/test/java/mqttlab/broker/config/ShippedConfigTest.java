package mqttlab.broker.config;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.*;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import mqttlab.broker.auth.AclFile;
import mqttlab.broker.auth.PasswordFile;
import mqttlab.broker.log.LogDestination;
import mqttlab.broker.log.LogLevel;
import org.junit.jupiter.api.Test;

/** The files in broker/ parse, and say what they claim. */
class ShippedConfigTest {
    static final Path BROKER = Path.of("broker");

    /** The "user / password" lines documented at the top of classroom.conf. */
    static Map<String, String> documentedAccounts() throws Exception {
        Map<String, String> accounts = new LinkedHashMap<>();
        Matcher m = Pattern.compile("(?m)^#\\s+(\\w+) / (\\S+)$").matcher(Files.readString(BROKER.resolve("classroom.conf")));
        while (m.find()) accounts.put(m.group(1), m.group(2));
        return accounts;
    }

    @Test
    void mosquittoConfIsLocalOnlyWithDefaults() throws Exception {
        BrokerConfig c = ConfigParser.parse(BROKER.resolve("mosquitto.conf"));
        assertTrue(c.localOnly());
        assertTrue(c.allowAnonymous(null));
        assertEquals(List.of(new Listener(1883, "127.0.0.1")), c.effectiveListeners());
        assertFalse(c.persistence());
        assertEquals(BrokerConfig.defaults().logTypes(), c.logTypes());
        assertEquals(List.of(LogDestination.stderr()), c.logDestinations());
        assertEquals(List.of(), c.warnings());
    }

    @Test
    void classroomConfIsTheLecturesListenerWithAccountsAclAndPersistence() throws Exception {
        BrokerConfig c = ConfigParser.parse(BROKER.resolve("classroom.conf"));
        assertEquals(List.of(new Listener(1883, "0.0.0.0")), c.listeners());
        assertFalse(c.allowAnonymous(null));
        assertTrue(c.persistence());
        assertEquals(BROKER.toAbsolutePath().resolve("classroom-data").normalize(), c.persistenceLocation());
        assertTrue(c.logTypes().contains(LogLevel.SUBSCRIBE));
        assertEquals(List.of(), c.warnings());

        PasswordFile pw = PasswordFile.load(c.security().passwordFile());
        assertEquals(List.of(), pw.warnings());
        Map<String, String> accounts = documentedAccounts();
        assertEquals(Set.of("instructor", "alice", "bob", "carol", "building"), accounts.keySet());
        assertEquals(accounts.keySet(), pw.users(), "every documented account, and no other");
        accounts.forEach((user, password) -> {
            assertTrue(pw.authenticate(user, password.getBytes(UTF_8)), user);
            assertFalse(pw.authenticate(user, (password + "x").getBytes(UTF_8)), user);
        });
        assertTrue(Files.readString(c.security().passwordFile()).lines().allMatch(l -> l.matches("\\w+:\\$7\\$101\\$.+")));

        AclFile acl = AclFile.load(c.security().aclFile());
        assertEquals(List.of(), acl.warnings());
        assertTrue(acl.canWrite("c", "alice", "students/alice/hello"));
        assertFalse(acl.canWrite("c", "alice", "students/bob/hello"));
        assertTrue(acl.canRead("c", "alice", "building/125/sensor1/temperature"));
        assertFalse(acl.canWrite("c", "alice", "building/125/ac/set"));
        assertTrue(acl.canWrite("c", "alice", "lab/progress/alice"));
        assertFalse(acl.canWrite("c", "alice", "lab/progress/bob"));
        assertTrue(acl.canRead("c", "alice", "lab/class/announce"));
        assertTrue(acl.canRead("i", "instructor", "lab/progress/alice"));
        assertTrue(acl.canWrite("i", "instructor", "building/125/ac/set"));
        assertTrue(acl.canRead("i", "instructor", "$SYS/broker/uptime"));
        assertTrue(acl.canWrite("b", "building", "building/125/ac/state"));
    }
}
