package mqttlab.broker.subscription;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class SubscriptionTreeTest {
    private final SubscriptionTree tree = new SubscriptionTree();

    private static Set<String> who(List<SubscriptionEntry> entries) {
        return entries.stream().map(e -> e.clientId() + " " + e.filter()).collect(Collectors.toSet());
    }

    @Test
    @DisplayName("exact, '+', '#' and the parent rule [MQTT-4.7.1-2] [MQTT-4.7.1-3]")
    void wildcards() {
        tree.subscribe(SubscriptionEntry.of("c1", "a/b/c/d", 0));
        tree.subscribe(SubscriptionEntry.of("c2", "a/+/c/#", 1));
        tree.subscribe(SubscriptionEntry.of("c3", "#", 2));
        tree.subscribe(SubscriptionEntry.of("c4", "+/+/+", 0));
        tree.subscribe(SubscriptionEntry.of("c5", "a/b/c/d/#", 0));
        tree.subscribe(SubscriptionEntry.of("c6", "a//c", 0));
        tree.subscribe(SubscriptionEntry.of("c7", "a/+/c", 0));
        assertEquals(Set.of("c1 a/b/c/d", "c2 a/+/c/#", "c3 #", "c5 a/b/c/d/#"), who(tree.match("a/b/c/d")));
        assertEquals(Set.of("c2 a/+/c/#", "c3 #", "c4 +/+/+", "c6 a//c", "c7 a/+/c"), who(tree.match("a//c")));
        assertEquals(Set.of("c3 #"), who(tree.match("x")));
        assertEquals(7, tree.count());
    }

    @Test
    @DisplayName("a leading wildcard does not match '$' topics [MQTT-4.7.2-1]")
    void dollar() {
        tree.subscribe(SubscriptionEntry.of("all", "#", 0));
        tree.subscribe(SubscriptionEntry.of("plus", "+/broker/uptime", 0));
        tree.subscribe(SubscriptionEntry.of("sys", "$SYS/#", 0));
        tree.subscribe(SubscriptionEntry.of("sysplus", "$SYS/+/uptime", 0));
        assertEquals(Set.of("sys $SYS/#", "sysplus $SYS/+/uptime"), who(tree.match("$SYS/broker/uptime")));
        assertEquals(Set.of("all #", "plus +/broker/uptime"), who(tree.match("x/broker/uptime")));
    }

    @Test
    @DisplayName("overlapping subscriptions of one client are all returned (the broker merges them) [MQTT-3.3.4-2]")
    void overlapping() {
        tree.subscribe(new SubscriptionEntry("c", "a/+", null, 0, false, false, 0, 7));
        tree.subscribe(new SubscriptionEntry("c", "a/#", null, 2, false, false, 0, 9));
        List<SubscriptionEntry> m = tree.match("a/b");
        assertEquals(2, m.size());
        assertEquals(Set.of(7, 9), m.stream().map(SubscriptionEntry::subscriptionId).collect(Collectors.toSet()));
    }

    @Test
    @DisplayName("an identical filter replaces the subscription [MQTT-3.8.4-3]")
    void replace() {
        assertFalse(tree.subscribe(SubscriptionEntry.of("c", "a/b", 0)));
        assertTrue(tree.subscribe(SubscriptionEntry.of("c", "a/b", 2)));
        assertEquals(1, tree.count());
        assertEquals(2, tree.match("a/b").get(0).qos());
        assertEquals(List.of(SubscriptionEntry.of("c", "a/b", 2)), tree.subscriptionsOf("c"));
        assertFalse(tree.subscribe(SubscriptionEntry.of("d", "a/b", 1)), "another client is another subscription");
        assertEquals(2, tree.count());
    }

    @Test
    @DisplayName("unsubscribe and removeClient; the tree is pruned back to empty")
    void unsubscribeAndPrune() {
        tree.subscribe(SubscriptionEntry.of("c", "a/b/c", 0));
        tree.subscribe(SubscriptionEntry.of("c", "a/+/#", 0));
        tree.subscribe(SubscriptionEntry.of("d", "a/b/c", 0));
        tree.subscribe(SubscriptionEntry.of("d", "$share/g/a/b/c", 0));
        assertFalse(tree.unsubscribe("c", "x/y"));
        assertFalse(tree.unsubscribe("nobody", "a/b/c"));
        assertTrue(tree.unsubscribe("c", "a/b/c"));
        assertEquals(Set.of("c a/+/#", "d a/b/c", "d $share/g/a/b/c"), who(tree.match("a/b/c")));
        tree.removeClient("d");
        assertEquals(List.of(), tree.subscriptionsOf("d"));
        assertEquals(1, tree.count());
        assertTrue(tree.unsubscribe("c", "a/+/#"));
        assertTrue(tree.isEmpty());
        assertEquals(List.of(), tree.all());
    }

    @Test
    @DisplayName("a share group delivers to one member in turn; groups are independent [MQTT-4.8.2]")
    void sharedRoundRobin() {
        tree.subscribe(SubscriptionEntry.of("s1", "$share/g/t/+", 1));
        tree.subscribe(SubscriptionEntry.of("s2", "$share/g/t/+", 1));
        tree.subscribe(SubscriptionEntry.of("s3", "$share/g/t/+", 1));
        tree.subscribe(SubscriptionEntry.of("h1", "$share/h/t/+", 0));
        tree.subscribe(SubscriptionEntry.of("n", "t/x", 0));
        StringBuilder turns = new StringBuilder();
        for (int i = 0; i < 6; i++) {
            List<SubscriptionEntry> m = tree.match("t/x");
            assertEquals(3, m.size(), "one of g, one of h, and n: " + m);
            m.stream().filter(e -> "g".equals(e.shareGroup())).forEach(e -> turns.append(e.clientId()).append(' '));
        }
        assertEquals("s1 s2 s3 s1 s2 s3 ", turns.toString());
        tree.unsubscribe("s2", "$share/g/t/+");
        turns.setLength(0);
        for (int i = 0; i < 4; i++) {
            tree.match("t/x").stream().filter(e -> "g".equals(e.shareGroup())).forEach(e -> turns.append(e.clientId()).append(' '));
        }
        assertEquals("s1 s3 s1 s3 ", turns.toString());
    }

    @Test
    @DisplayName("a share group prefers connected members")
    void sharedPrefersOnline() {
        for (String c : List.of("s1", "s2", "s3")) tree.subscribe(SubscriptionEntry.of(c, "$share/g/t", 1));
        Set<String> online = Set.of("s2");
        for (int i = 0; i < 3; i++) assertEquals("s2", tree.match("t", online::contains).get(0).clientId());
        assertEquals(1, tree.match("t", c -> false).size(), "nobody online: still one member");
    }

    @Test
    @DisplayName("entries check their fields; shareGroup agrees with the filter")
    void entryChecks() {
        assertEquals("g", SubscriptionEntry.of("c", "$share/g/a/#", 0).shareGroup());
        assertEquals("a/#", SubscriptionEntry.of("c", "$share/g/a/#", 0).matchFilter());
        assertThrows(IllegalArgumentException.class, () -> new SubscriptionEntry("c", "a", "g", 0, false, false, 0, 0));
        assertThrows(IllegalArgumentException.class, () -> new SubscriptionEntry("c", "$share/g/a", null, 0, false, false, 0, 0));
        assertThrows(IllegalArgumentException.class, () -> SubscriptionEntry.of("c", "a", 3));
        assertEquals("a", mqttlab.broker.SubscriptionInfo.of(SubscriptionEntry.of("c", "a", 1)).filter());
    }

    @Test
    @DisplayName("100,000 subscribe/unsubscribe cycles leave the tree empty")
    void churn() {
        java.util.Random random = new java.util.Random(42);
        String[] levels = {"a", "b", "+", "", "c"};
        for (int i = 0; i < 100_000; i++) {
            StringBuilder f = new StringBuilder("room" + random.nextInt(50));
            int depth = random.nextInt(4);
            for (int d = 0; d < depth; d++) f.append('/').append(levels[random.nextInt(levels.length)]);
            if (random.nextBoolean()) f.append("/#");
            String filter = random.nextInt(10) == 0 ? "$share/g" + random.nextInt(3) + "/" + f : f.toString();
            String client = "c" + random.nextInt(100);
            tree.subscribe(SubscriptionEntry.of(client, filter, random.nextInt(3)));
            if (i % 7 == 0) tree.match("room" + random.nextInt(50) + "/a/b");
            if (random.nextInt(3) > 0) tree.unsubscribe(client, filter);
            if (i % 1000 == 999) tree.removeClient("c" + random.nextInt(100));
        }
        for (SubscriptionEntry e : tree.all()) assertTrue(tree.unsubscribe(e.clientId(), e.filter()));
        assertEquals(0, tree.count());
        assertTrue(tree.isEmpty(), "every node pruned");
    }

    @Test
    @DisplayName("the shell can read while the broker writes")
    void concurrentReads() throws Exception {
        java.util.concurrent.atomic.AtomicReference<Throwable> failure = new java.util.concurrent.atomic.AtomicReference<>();
        Thread reader = new Thread(() -> {
            try {
                for (int i = 0; i < 2_000; i++) {
                    List<SubscriptionEntry> all = tree.all();
                    assertTrue(all.size() <= 1_000);
                    all.forEach(e -> assertTrue(e.filter().startsWith("t/")));
                }
            } catch (Throwable t) {
                failure.set(t);
            }
        });
        reader.start();
        for (int i = 0; i < 20_000; i++) {
            tree.subscribe(SubscriptionEntry.of("c" + (i % 1_000), "t/" + (i % 1_000), 0));
            tree.match("t/" + (i % 1_000));
            if (i % 2 == 1) tree.unsubscribe("c" + (i % 1_000), "t/" + (i % 1_000));
        }
        reader.join();
        assertEquals(null, failure.get());
        assertEquals(tree.all().size(), tree.count());
    }

    @Test
    @DisplayName("match(topic) returns exactly the subscriptions whose filter TopicMatcher matches")
    void agreesWithMatcher() {
        java.util.Random random = new java.util.Random(3);
        String[] levels = {"a", "b", "", "$x", "+"};
        List<String> filters = new java.util.ArrayList<>();
        for (int i = 0; i < 300; i++) {
            StringBuilder f = new StringBuilder(levels[random.nextInt(levels.length)]);
            for (int d = random.nextInt(3); d > 0; d--) f.append('/').append(levels[random.nextInt(levels.length)]);
            if (random.nextInt(3) == 0) f.append("/#");
            String filter = random.nextInt(20) == 0 ? "#" : f.toString();
            filters.add(filter);
            tree.subscribe(SubscriptionEntry.of("c" + i, filter, 0));
        }
        for (int i = 0; i < 500; i++) {
            StringBuilder t = new StringBuilder(levels[random.nextInt(4)]);
            for (int d = random.nextInt(4); d > 0; d--) t.append('/').append(levels[random.nextInt(4)]);
            String topic = t.toString();
            if (topic.isEmpty()) continue;
            Set<String> expected = new java.util.HashSet<>();
            for (int k = 0; k < filters.size(); k++) {
                if (mqttlab.protocol.topic.TopicMatcher.matches(filters.get(k), topic)) expected.add("c" + k + " " + filters.get(k));
            }
            List<SubscriptionEntry> got = tree.match(topic);
            assertEquals(expected, who(got), topic);
            assertEquals(expected.size(), got.size(), "each subscription once: " + topic);
        }
    }
}
