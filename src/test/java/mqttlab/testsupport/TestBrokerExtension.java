package mqttlab.testsupport;

import java.time.Clock;
import mqttlab.broker.Broker;
import mqttlab.broker.config.BrokerConfig;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The test broker as a JUnit extension ({@link TestBroker#start()}: loopback, an ephemeral port, quiet).
 * On an instance field each test gets a fresh broker; on a static field the class shares one:
 * <pre>{@code @RegisterExtension final TestBrokerExtension lab = new TestBrokerExtension();}</pre>
 * A test that needs other settings calls {@link #restart}; whatever runs is stopped afterwards.
 * {@code new TestBrokerExtension("max_inflight_messages 3\n")} gives each test a broker with those lines;
 * {@link #startedByEachTest()} none, for tests whose settings name their own files (a {@code @TempDir}).
 */
public final class TestBrokerExtension implements BeforeAllCallback, AfterAllCallback, BeforeEachCallback, AfterEachCallback {
    private Broker broker;
    private boolean perClass;
    /** Extra mosquitto.conf lines of the broker started before each test; null: the test starts its own. */
    private final String extraLines;

    public TestBrokerExtension() { this(""); }

    /** Each test gets a broker with these extra mosquitto.conf lines, e.g. {@code "max_packet_size 1000\n"}. */
    public TestBrokerExtension(String extraLines) { this.extraLines = extraLines; }

    /** No broker before a test: each starts its own with {@link #restart}; it is stopped afterwards. */
    public static TestBrokerExtension startedByEachTest() { return new TestBrokerExtension(null); }

    @Override
    public void beforeAll(ExtensionContext context) {
        perClass = true; // only called for a static field
        if (extraLines != null) broker = TestBroker.start(extraLines);
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        if (!perClass && extraLines != null) broker = TestBroker.start(extraLines);
    }

    @Override
    public void afterEach(ExtensionContext context) {
        if (!perClass) stop();
    }

    @Override
    public void afterAll(ExtensionContext context) {
        stop();
    }

    public Broker broker() {
        if (broker == null) throw new IllegalStateException("the test broker runs only inside a test");
        return broker;
    }

    public int port() {
        return broker().port();
    }

    /** Stops the broker and starts one with these extra mosquitto.conf lines, e.g. {@code "retain_available false\n"}. */
    public Broker restart(String extraLines) {
        return restart(TestBroker.config(extraLines));
    }

    public Broker restart(BrokerConfig config) {
        stop();
        broker = Broker.start(config);
        return broker;
    }

    /** Stops the broker and starts one on {@code clock} (a {@link ManualClock}: the test moves time on instead of sleeping). */
    public Broker restart(String extraLines, Clock clock) {
        return restart(TestBroker.config(extraLines), clock);
    }

    public Broker restart(BrokerConfig config, Clock clock) {
        stop();
        broker = Broker.start(config, clock);
        return broker;
    }

    private void stop() {
        if (broker != null) broker.stop();
        broker = null;
    }
}
