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
 */
public final class TestBrokerExtension implements BeforeAllCallback, AfterAllCallback, BeforeEachCallback, AfterEachCallback {
    private Broker broker;
    private boolean perClass;

    @Override
    public void beforeAll(ExtensionContext context) {
        perClass = true; // only called for a static field
        broker = TestBroker.start();
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        if (!perClass) broker = TestBroker.start();
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
        stop();
        broker = TestBroker.start(extraLines, clock);
        return broker;
    }

    private void stop() {
        if (broker != null) broker.stop();
        broker = null;
    }
}
