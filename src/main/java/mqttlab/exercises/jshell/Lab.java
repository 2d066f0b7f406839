package mqttlab.exercises.jshell;

import com.hivemq.client.mqtt.datatypes.MqttQos;
import com.hivemq.client.mqtt.mqtt3.Mqtt3BlockingClient;
import com.hivemq.client.mqtt.mqtt3.Mqtt3Client;
import com.hivemq.client.mqtt.mqtt3.message.publish.Mqtt3Publish;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

/**
 * Helpers for the lab's `java` shell (JShell) and for students' programs: a connected client and the
 * building's topic names.
 */
public final class Lab {
    /** Every sensor's temperature in the building. */
    public static final String ALL_TEMPERATURES = "building/+/+/temperature";
    /** Every A/C unit's reported state. */
    public static final String ALL_AC_STATES = "building/+/ac/state";

    private Lab() {
    }

    /** A connected MQTT 3.1.1 blocking client with a fresh id ("jshell-…"). */
    public static Mqtt3BlockingClient connect(String host, int port) {
        // in JShell's JVM the prelude's client has been connecting since the JVM started
        return EarlyClient.take(host, port).orElseGet(() -> connectNew(host, port));
    }

    static Mqtt3BlockingClient connectNew(String host, int port) {
        Mqtt3BlockingClient c = Mqtt3Client.builder().identifier("jshell-" + UUID.randomUUID().toString().substring(0, 8))
                .serverHost(host).serverPort(port).buildBlocking();
        c.connect();
        return c;
    }

    public static String temperature(String room, String sensor) {
        return "building/" + room + "/" + sensor + "/temperature";
    }

    public static String acSet(String room) {
        return "building/" + room + "/ac/set";
    }

    public static String acState(String room) {
        return "building/" + room + "/ac/state";
    }

    /** Publishes a text payload at QoS 0. */
    public static void publish(Mqtt3BlockingClient client, String topic, String text) {
        client.publishWith().topic(topic).qos(MqttQos.AT_MOST_ONCE).payload(text.getBytes(StandardCharsets.UTF_8)).send();
    }

    /** A message's payload as text. */
    public static String text(Mqtt3Publish message) {
        return new String(message.getPayloadAsBytes(), StandardCharsets.UTF_8);
    }
}
