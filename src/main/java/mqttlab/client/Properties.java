package mqttlab.client;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** The v5 properties given with mosquitto's -D COMMAND IDENTIFIER VALUE, sorted by the packet they go in. */
public record Properties(List<ClientSettings.UserProperty> connect, Outgoing publishTemplate) {

    public static Properties parse(List<String> words) {
        List<ClientSettings.UserProperty> connect = new ArrayList<>();
        List<ClientSettings.UserProperty> publishUser = new ArrayList<>();
        String contentType = null, responseTopic = null;
        byte[] correlation = null;
        Long expiry = null;
        Integer format = null;
        int i = 0;
        while (i < words.size()) {
            if (i + 2 >= words.size()) throw new UsageError(mqttlab.text.Text.t("client.err.property.args"));
            String cmd = words.get(i).toLowerCase(), idf = words.get(i + 1).toLowerCase();
            boolean user = idf.equals("user-property");
            if (user && i + 3 >= words.size()) throw new UsageError(mqttlab.text.Text.t("client.err.property.user", cmd));
            String value = words.get(i + 2);
            i += user ? 4 : 3;
            switch (cmd) {
                case "connect" -> {
                    if (!user) throw unsupported(cmd, idf);
                    connect.add(new ClientSettings.UserProperty(value, words.get(i - 1)));
                }
                case "publish" -> {
                    switch (idf) {
                        case "user-property" -> publishUser.add(new ClientSettings.UserProperty(value, words.get(i - 1)));
                        case "content-type" -> contentType = value;
                        case "response-topic" -> responseTopic = value;
                        case "correlation-data" -> correlation = value.getBytes(StandardCharsets.UTF_8);
                        case "message-expiry-interval" -> expiry = number(value);
                        case "payload-format-indicator" -> format = (int) (long) number(value);
                        default -> throw unsupported(cmd, idf);
                    }
                }
                default -> throw unsupported(cmd, idf);
            }
        }
        return new Properties(connect, new Outgoing("-", null, 0, false, contentType, correlation, expiry, format, responseTopic, publishUser));
    }

    /** A message to publish with these properties. */
    public Outgoing publish(String topic, byte[] payload, int qos, boolean retain) {
        Outgoing t = publishTemplate;
        return new Outgoing(topic, payload, qos, retain, t.contentType(), t.correlationData(), t.messageExpiry(),
                t.payloadFormat(), t.responseTopic(), t.userProperties());
    }

    private static long number(String v) {
        try {
            return Long.parseLong(v);
        } catch (NumberFormatException e) {
            throw new UsageError(mqttlab.text.Text.t("client.err.property.number", v));
        }
    }

    private static UsageError unsupported(String cmd, String idf) {
        return new UsageError(mqttlab.text.Text.t("client.err.property.not.allowed", idf, cmd));
    }
}
