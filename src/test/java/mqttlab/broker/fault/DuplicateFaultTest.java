package mqttlab.broker.fault;

import mqttlab.testsupport.DuplicateScenarios;
import mqttlab.testsupport.TestBrokerExtension;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** `fault duplicate` on the embedded broker (the relay runs the same scenarios in RelayTest, against mosquitto). */
class DuplicateFaultTest {
    @RegisterExtension
    final TestBrokerExtension lab = new TestBrokerExtension();

    @Test
    @DisplayName("a duplicated QoS 1 PUBLISH is delivered twice: at least once [MQTT-4.3.2-5]; the copy has DUP=1 [MQTT-3.3.1-1]")
    void qos1() throws Exception {
        DuplicateScenarios.qos1DeliveredTwice(lab.broker());
    }

    @Test
    @DisplayName("a duplicated QoS 2 PUBLISH is answered with PUBREC and delivered once: exactly once [MQTT-4.3.3-10]")
    void qos2() throws Exception {
        DuplicateScenarios.qos2DeliveredOnce(lab.broker());
    }

    @Test
    @DisplayName("a PUBLISH duplicated towards the subscriber arrives again with DUP=1 and the same packet id")
    void towardsTheSubscriber() throws Exception {
        DuplicateScenarios.qos1CopyToSubscriber(lab.broker());
    }
}
