import com.hivemq.client.mqtt.MqttGlobalPublishFilter;
import com.hivemq.client.mqtt.datatypes.MqttQos;
import com.hivemq.client.mqtt.mqtt3.Mqtt3BlockingClient;
import com.hivemq.client.mqtt.mqtt3.Mqtt3Client;
import com.hivemq.client.mqtt.mqtt3.message.publish.Mqtt3Publish;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/**
 * Exercise 10, a solution: hysteresis per room. Switch on above 25 °C, off below 23 °C, and
 * publish only when a room's command changes.
 */
public class Controller {
    static final double ON_ABOVE = 25.0;
    static final double OFF_BELOW = 23.0;

    public static void main(String[] args) throws Exception {
        String host = args.length > 0 ? args[0] : "localhost";
        int port = args.length > 1 ? Integer.parseInt(args[1]) : 1883;

        Mqtt3BlockingClient client = Mqtt3Client.builder()
                .identifier("controller-10")
                .serverHost(host)
                .serverPort(port)
                .buildBlocking();
        client.connect();
        Map<String, Boolean> running = new HashMap<>();   // room -> last command sent (true = ON)
        try (Mqtt3BlockingClient.Mqtt3Publishes readings = client.publishes(MqttGlobalPublishFilter.ALL)) {
            client.subscribeWith().topicFilter("building/+/+/temperature").qos(MqttQos.AT_MOST_ONCE).send();
            while (true) {
                Mqtt3Publish reading = readings.receive();
                String room = reading.getTopic().getLevels().get(1);
                double celsius = Double.parseDouble(new String(reading.getPayloadAsBytes(), StandardCharsets.UTF_8));

                Boolean on = running.get(room);
                Boolean want = celsius > ON_ABOVE ? Boolean.TRUE : celsius < OFF_BELOW ? Boolean.FALSE : on;
                if (want != null && !want.equals(on)) {
                    running.put(room, want);
                    client.publishWith().topic("building/" + room + "/ac/set")
                            .payload((want ? "ON" : "OFF").getBytes(StandardCharsets.UTF_8)).send();
                }
            }
        } finally {
            client.disconnect();
        }
    }
}
