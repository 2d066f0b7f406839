package mqttlab.broker.publish;

import mqttlab.broker.connection.Connection;
import mqttlab.protocol.packet.Publish;
import mqttlab.protocol.packet.ReasonCode;

/** MQTT 5.0 topic aliases from client to server (3.3.2.3.4): per connection, 1..Topic Alias Maximum. */
final class TopicAliases {

    /** The PUBLISH's topic after alias resolution, or null when the alias is invalid (the connection is then closed). */
    String resolve(Connection c, Publish p) {
        if (!c.version().isV5() || p.properties().isEmpty()) return p.topic();
        var alias = p.properties().number(mqttlab.protocol.property.PropertyId.TOPIC_ALIAS);
        if (alias.isEmpty()) {
            if (p.topic().isEmpty()) return fail(c, ReasonCode.PROTOCOL_ERROR, "empty topic without a topic alias");
            return p.topic();
        }
        int a = (int) alias.getAsLong();
        if (a == 0 || a > Connection.TOPIC_ALIAS_MAXIMUM) { // [MQTT-3.3.2-8], [MQTT-3.3.2-9]
            return fail(c, ReasonCode.TOPIC_ALIAS_INVALID, "topic alias " + a + " is outside 1.." + Connection.TOPIC_ALIAS_MAXIMUM);
        }
        if (!p.topic().isEmpty()) {
            c.aliasIn(a, p.topic());
            return p.topic();
        }
        String known = c.topicOfAliasIn(a);
        if (known == null) return fail(c, ReasonCode.PROTOCOL_ERROR, "topic alias " + a + " was never set");
        return known;
    }

    private static String fail(Connection c, ReasonCode code, String why) {
        c.disconnectWith(code, why);
        return null;
    }
}
