import com.hivemq.client.mqtt.MqttGlobalPublishFilter;
import com.hivemq.client.mqtt.datatypes.MqttQos;
import com.hivemq.client.mqtt.mqtt3.Mqtt3BlockingClient;
import com.hivemq.client.mqtt.mqtt3.Mqtt3Client;
import com.hivemq.client.mqtt.mqtt3.message.publish.Mqtt3Publish;
import java.nio.charset.StandardCharsets;

/**
 * Exercise 10: the building management application. Run by the grader as
 * Controller.main(host, port); it stops when its thread is interrupted.
 */
public class Controller {

    public static void main(String[] args) throws Exception {
        String host = args.length > 0 ? args[0] : "localhost";
        int port = args.length > 1 ? Integer.parseInt(args[1]) : 1883;

        Mqtt3BlockingClient client = Mqtt3Client.builder()
                .identifier("controller-10")
                .serverHost(host)
                .serverPort(port)
                .buildBlocking();
        client.connect();
        try (Mqtt3BlockingClient.Mqtt3Publishes readings = client.publishes(MqttGlobalPublishFilter.ALL)) {
            client.subscribeWith().topicFilter("building/+/+/temperature").qos(MqttQos.AT_MOST_ONCE).send();
            while (true) {
                Mqtt3Publish reading = readings.receive();            // waits; throws when interrupted
                String room = reading.getTopic().getLevels().get(1);   // building/<room>/<sensor>/temperature
                double celsius = Double.parseDouble(new String(reading.getPayloadAsBytes(), StandardCharsets.UTF_8));

                // TODO: decide whether this room's A/C should run, and when that changes publish
                //       "ON" or "OFF" on building/<room>/ac/set, e.g.
                //   client.publishWith().topic("building/" + room + "/ac/set")
                //         .payload("ON".getBytes(StandardCharsets.UTF_8)).send();
            }
        } finally {
            client.disconnect();
        }
    }
}
