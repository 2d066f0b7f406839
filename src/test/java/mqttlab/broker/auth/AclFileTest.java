package mqttlab.broker.auth;

import static org.junit.jupiter.api.Assertions.*;

import mqttlab.broker.config.ConfigException;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AclFileTest {
    /** A realistic classroom ACL (the shipped broker/acl.example has the same rules). */
    static final String CLASSROOM = """
            # anonymous clients: may only read the building
            topic read building/#

            user instructor
            topic readwrite #
            topic read $SYS/#

            user building
            topic readwrite building/#

            pattern readwrite students/%u/#
            pattern read building/#
            pattern read lab/class/#
            pattern readwrite lab/progress/%u
            pattern deny students/%u/secret/#
            """;

    private static AclFile acl(String text) throws ConfigException {
        return AclFile.parse(text, "acl");
    }

    @Test
    @DisplayName("students read/write students/<user>/#, read building/#, and cannot write someone else's")
    void classroom() throws Exception {
        AclFile a = acl(CLASSROOM);
        assertTrue(a.canWrite("c1", "alice", "students/alice/hello"));
        assertTrue(a.canRead("c1", "alice", "students/alice/a/b/c"));
        assertTrue(a.canWrite("c1", "alice", "students/alice"), "# includes the parent level");
        assertFalse(a.canWrite("c1", "alice", "students/bob/hello"));
        assertFalse(a.canRead("c1", "alice", "students/bob/hello"));
        assertTrue(a.canRead("c1", "alice", "building/125/sensor1/temperature"));
        assertFalse(a.canWrite("c1", "alice", "building/125/ac/set"), "no A/C commands unless allowed");
        assertTrue(a.canWrite("c1", "alice", "lab/progress/alice"));
        assertFalse(a.canWrite("c1", "alice", "lab/progress/bob"), "no progress for someone else");
        assertFalse(a.canRead("c1", "alice", "lab/progress/bob"));
        assertTrue(a.canRead("c1", "alice", "lab/class/announce"));
        assertFalse(a.canWrite("c1", "alice", "lab/class/announce"));
        assertFalse(a.canWrite("c1", "alice", "students/alice/secret/x"), "deny beats allow");
        assertFalse(a.canRead("c1", "alice", "$SYS/broker/uptime"));
    }

    @Test
    void instructorAndBuildingSections() throws Exception {
        AclFile a = acl(CLASSROOM);
        assertTrue(a.canWrite("i", "instructor", "building/125/ac/set"));
        assertTrue(a.canRead("i", "instructor", "lab/progress/alice"));
        assertTrue(a.canWrite("i", "instructor", "students/bob/x"));
        assertTrue(a.canRead("i", "instructor", "$SYS/broker/uptime"), "$SYS needs its own rule: # does not match it");
        assertFalse(a.canWrite("i", "instructor", "$SYS/broker/uptime"));
        assertTrue(a.canWrite("b", "building", "building/125/ac/state"));
    }

    @Test
    void anonymousClientsUseTheLinesBeforeAnyUser() throws Exception {
        AclFile a = acl(CLASSROOM);
        assertTrue(a.canRead("anon", null, "building/1/t"));
        assertFalse(a.canWrite("anon", null, "building/1/t"));
        assertFalse(a.canWrite("anon", null, "students/null/x"), "%u patterns never apply without a user name");
    }

    @Test
    void clientIdPatternsAndDangerousNames() throws Exception {
        AclFile a = acl("pattern readwrite devices/%c/#\npattern readwrite students/%u/#\n");
        assertTrue(a.canWrite("dev1", null, "devices/dev1/state"));
        assertFalse(a.canWrite("dev1", null, "devices/dev2/state"));
        assertFalse(a.canWrite("dev+", "alice", "students/alice/x"), "a + in the client id denies everything");
        assertFalse(a.canWrite("c", "al#", "students/al#/x"));
        assertFalse(a.canWrite("c", "alice/../bob", "students/alice/../bob"), "a / in %u never matches");
        assertFalse(a.canWrite("c", "bob/x", "students/bob/x/y"), "user 'bob/x' cannot reach into bob's levels");
        assertTrue(a.canWrite("a/b", "carol", "students/carol/x"), "a / in the client id only affects %c patterns");
        assertFalse(a.canWrite("a/b", "carol", "devices/a/b/x"));
        assertFalse(acl("pattern deny x/%u\npattern readwrite #\n").canWrite("c", "a/b", "y"),
                "a deny pattern with an unusable value denies");
    }

    @Test
    void ownRulesThenPatternsAndPercentCountIsNotAPattern() throws Exception {
        AclFile a = acl("user alice\ntopic read shared/x\npattern write shared/%u\npattern readwrite s/%count\n");
        assertTrue(a.canRead("c", "alice", "shared/x"));
        assertFalse(a.canWrite("c", "alice", "shared/x"), "read-only rule matches but grants no write; patterns don't either");
        assertTrue(a.canWrite("c", "alice", "shared/alice"));
        assertTrue(a.canWrite("c", "alice", "s/%count"));
        assertFalse(a.canWrite("c", "bob", "shared/x"), "bob has no section");
    }

    @Test
    void topicDefaultsToReadwriteAndSpacesAreAllowed() throws Exception {
        AclFile a = acl("user 김 민수\ntopic readwrite room 101/temp\ntopic read\ntopic x/y\n");
        assertTrue(a.canWrite("c", "김 민수", "room 101/temp"));
        assertTrue(a.canRead("c", "김 민수", "room 101/temp"));
        assertTrue(a.canWrite("c", "김 민수", "read"), "mosquitto reads 'topic read' as a topic named read");
        assertTrue(a.canWrite("c", "김 민수", "x/y"), "readwrite is the default");
        assertEquals(1, a.warnings().size());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "topic|acl:1: empty topic in 'topic' line",
        "user|acl:1: missing username after 'user'",
        "topic write a/#/b|acl:1: invalid ACL topic 'a/#/b'",
        "topic rw a/b|acl:1: invalid topic access type 'rw' (read, write, readwrite or deny)",
        "topic read a\\ntopik read a|acl:2: invalid line 'topik read a'",
    })
    void badLinesNameTheLine(String text, String expected) {
        String msg = assertThrows(ConfigException.class, () -> acl(text.replace("\\n", "\n"))).getMessage();
        assertTrue(msg.startsWith(expected), msg);
    }
}
