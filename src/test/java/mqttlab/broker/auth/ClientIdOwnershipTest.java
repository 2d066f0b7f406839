package mqttlab.broker.auth;

import static org.junit.jupiter.api.Assertions.*;

import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class ClientIdOwnershipTest {
    private final ClientIdOwnership ids = new ClientIdOwnership(() -> Set.of("alice", "bob", "bob-smith", "instructor", "building"),
            Set.of("instructor", "building")::contains);

    @Test
    @DisplayName("an id belongs to the account it is, or that it starts with followed by '-'; the longer name wins")
    void owner() {
        assertEquals(Optional.of("alice"), ids.owner("alice"));
        assertEquals(Optional.of("alice"), ids.owner("alice-owl"));
        assertEquals(Optional.empty(), ids.owner("alicea"), "a longer name is not the account's");
        assertEquals(Optional.of("bob"), ids.owner("bob-owl"));
        assertEquals(Optional.of("bob-smith"), ids.owner("bob-smith-owl"));
        assertEquals(Optional.empty(), ids.owner("owl"));
        assertEquals(Optional.empty(), ids.owner("sensor-125-1"));
    }

    @Test
    @DisplayName("a student uses only ids of their own; the staff also ids nobody owns, never a student's")
    void mayUse() {
        assertTrue(ids.mayUse("alice", "alice"));
        assertTrue(ids.mayUse("alice", "alice-lab-1234abcd"));
        assertFalse(ids.mayUse("bob", "alice-lab-1234abcd"));
        assertFalse(ids.mayUse("alice", "owl"), "a student's unowned id: refused, so no two students fight over `owl`");
        assertFalse(ids.mayUse("bob", "bob-smith-owl"));
        assertTrue(ids.mayUse("bob-smith", "bob-smith-owl"));
        assertTrue(ids.mayUse("building", "sensor-125-1"));
        assertTrue(ids.mayUse("instructor", "instructor-console"));
        assertFalse(ids.mayUse("instructor", "alice-lab-1234abcd"));
        assertTrue(ids.mayUse(null, "owl"), "anonymous clients (when the config allows them) keep unowned ids");
        assertFalse(ids.mayUse(null, "alice-owl"));
    }

    @Test
    @DisplayName("the lab turns a lesson's `-i owl` into the student's own id, and leaves their own ids alone")
    void ownId() {
        assertEquals("alice-owl", ClientIdOwnership.ownId("alice", "owl"));
        assertEquals("alice-owl", ClientIdOwnership.ownId("alice", "alice-owl"));
        assertEquals("alice", ClientIdOwnership.ownId("alice", "alice"));
        assertEquals("alice-student-06", ClientIdOwnership.ownId("alice", "student-06"));
        assertEquals("", ClientIdOwnership.ownId("alice", ""), "empty: the broker assigns one of the student's");
    }
}
