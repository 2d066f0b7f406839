package mqttlab.interop;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import mqttlab.testsupport.Cmd;
import mqttlab.testsupport.Peers;
import mqttlab.testsupport.TestBrokerExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Debian's mosquitto_pub and mosquitto_sub (3.1.1 and -V 5) against the lab broker. */
class MosquittoClientsInteropTest {
    @RegisterExtension
    final TestBrokerExtension lab = new TestBrokerExtension();
    String sub;
    String pub;

    @BeforeEach
    void start() {
        sub = Peers.require("mosquitto_sub").toString();
        pub = Peers.require("mosquitto_pub").toString();
    }

    String port() { return String.valueOf(lab.port()); }

    /** Waits until the broker has this many subscriptions, so a publish cannot race a SUBSCRIBE. */
    void awaitSubscriptions(int n) {
        mqttlab.testsupport.Await.until(() -> lab.broker().subscriptions().size() >= n, java.time.Duration.ofSeconds(5), "subscriptions in place");
        assertEquals(n, lab.broker().subscriptions().size(), "subscriptions in place");
    }

    @ParameterizedTest(name = "QoS {0} round trip, 3.1.1 and 5")
    @ValueSource(ints = {0, 1, 2})
    @DisplayName("mosquitto_pub to mosquitto_sub through the lab lab.broker(), at QoS 0, 1 and 2")
    void roundTrip(int qos) throws Exception {
        for (String v : List.of("311", "5")) {
            Cmd s = Cmd.start(sub, "-p", port(), "-V", v, "-t", "test/#", "-v", "-q", "" + qos, "-C", "2", "-W", "10");
            awaitSubscriptions(1);
            assertEquals(0, Cmd.run(10, pub, "-p", port(), "-V", v, "-t", "test", "-m", "hello world", "-q", "" + qos).exit());
            assertEquals(0, Cmd.run(10, pub, "-p", port(), "-V", v, "-t", "test/a/b", "-m", "23.0", "-q", "" + qos).exit());
            Cmd.Result r = s.await(10);
            assertEquals(0, r.exit(), r.err());
            assertEquals(List.of("test hello world", "test/a/b 23.0"), r.lines());
            mqttlab.testsupport.Await.until(() -> lab.broker().subscriptions().isEmpty(), java.time.Duration.ofSeconds(2), "mosquitto_sub's subscription gone");
        }
    }

    @Test
    @DisplayName("Wildcards: building/125/+/temperature gets room 125's sensors only")
    void wildcards() throws Exception {
        Cmd s = Cmd.start(sub, "-p", port(), "-t", "building/125/+/temperature", "-v", "-C", "2", "-W", "10");
        awaitSubscriptions(1);
        for (String t : List.of("building/125/sensor1/temperature", "building/101/sensor1/temperature", "building/125/sensor2/temperature")) {
            Cmd.run(10, pub, "-p", port(), "-t", t, "-m", "24.8");
        }
        assertEquals(List.of("building/125/sensor1/temperature 24.8", "building/125/sensor2/temperature 24.8"), s.await(10).lines());
    }

    @Test
    @DisplayName("Retained set, seen by a late subscriber, then cleared with -n (-W timeout exits 27)")
    void retained() throws Exception {
        Cmd.run(10, pub, "-p", port(), "-t", "building/201/ac/state", "-m", "ON", "-r", "-q", "1");
        Cmd.Result got = Cmd.run(10, sub, "-p", port(), "-t", "building/201/ac/state", "-v", "-C", "1", "-W", "5");
        assertEquals(List.of("building/201/ac/state ON"), got.lines());
        Cmd.run(10, pub, "-p", port(), "-t", "building/201/ac/state", "-n", "-r");
        Cmd.Result none = Cmd.run(10, sub, "-p", port(), "-t", "building/201/ac/state", "-C", "1", "-W", "1");
        assertEquals(27, none.exit(), "nothing retained any more: mosquitto_sub times out");
    }

    @Test
    @DisplayName("A durable session (-c) receives what was published while it was away")
    void durable() throws Exception {
        Cmd.run(10, sub, "-p", port(), "-c", "-i", "app", "-q", "1", "-t", "building/+/+/temperature", "-E");
        Cmd.run(10, pub, "-p", port(), "-t", "building/125/sensor1/temperature", "-m", "27.5", "-q", "1");
        Cmd.Result r = Cmd.run(10, sub, "-p", port(), "-c", "-i", "app", "-q", "1", "-t", "building/+/+/temperature", "-v", "-C", "1", "-W", "5");
        assertEquals(List.of("building/125/sensor1/temperature 27.5"), r.lines());
    }

    @Test
    @DisplayName("A killed client's will is published")
    void will() throws Exception {
        Cmd watcher = Cmd.start(sub, "-p", port(), "-t", "building/+/+/status", "-v", "-C", "1", "-W", "10");
        Cmd sensor = Cmd.start(sub, "-p", port(), "-i", "sensor-125-1", "-t", "nothing", "--will-topic",
                "building/125/sensor1/status", "--will-payload", "offline", "--will-qos", "1");
        awaitSubscriptions(2);
        sensor.kill();
        assertEquals(List.of("building/125/sensor1/status offline"), watcher.await(10).lines());
    }

    @Test
    @DisplayName("A password file from mosquitto_passwd is accepted; a wrong password is refused")
    void passwords(@TempDir Path dir) throws Exception {
        String passwd = Peers.require("mosquitto_passwd").toString();
        Path file = dir.resolve("passwd");
        Files.writeString(file, "");
        assertEquals(0, Cmd.run(10, passwd, "-b", file.toString(), "kim", "s3cret").exit());
        lab.restart("password_file " + file + "\nallow_anonymous false\n");
        assertEquals(0, Cmd.run(10, pub, "-p", port(), "-u", "kim", "-P", "s3cret", "-t", "t", "-m", "x").exit());
        Cmd.Result wrong = Cmd.run(10, pub, "-p", port(), "-u", "kim", "-P", "nope", "-t", "t", "-m", "x");
        assertNotEquals(0, wrong.exit());
        assertTrue(wrong.err().contains("not authorised"), wrong.err());
        assertNotEquals(0, Cmd.run(10, pub, "-p", port(), "-t", "t", "-m", "anonymous").exit(), "anonymous refused");
    }

    @Test
    @DisplayName("ACL: a student cannot publish under another student's topics")
    void acl(@TempDir Path dir) throws Exception {
        Path acl = dir.resolve("acl");
        Files.writeString(acl, "pattern readwrite students/%u/#\n");
        lab.restart("acl_file " + acl + "\nallow_anonymous true\n");
        Cmd watcher = Cmd.start(sub, "-p", port(), "-u", "lee", "-t", "students/lee/#", "-v", "-C", "1", "-W", "5");
        awaitSubscriptions(1);
        Cmd.run(10, pub, "-p", port(), "-u", "kim", "-t", "students/lee/progress", "-m", "forged", "-q", "1");
        Cmd.run(10, pub, "-p", port(), "-u", "lee", "-t", "students/lee/progress", "-m", "mine", "-q", "1");
        assertEquals(List.of("students/lee/progress mine"), watcher.await(10).lines(), "kim's publish was denied");
    }
}
