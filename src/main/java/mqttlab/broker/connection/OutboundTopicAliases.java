package mqttlab.broker.connection;

import java.util.HashMap;
import java.util.Map;
import mqttlab.protocol.codec.DataTypes;
import mqttlab.protocol.packet.Publish;
import mqttlab.protocol.property.PropertyId;

/**
 * Topic aliases from server to a v5 client that announced a Topic Alias Maximum (5.0 3.3.2.3.4).
 * The first PUBLISH on a topic carries the topic and a new alias; later ones carry only the alias
 * and an empty topic, saving the topic's bytes on every message. Aliases go to the first topics
 * sent that are longer than 3 bytes (an alias costs 3), up to the client's maximum; later topics
 * go out whole (whether to use an alias is the sender's choice). The mapping lives as long as
 * this network connection [MQTT-3.3.2-7]; a new connection starts empty. mosquitto 2.0.11 never
 * sends aliases.
 */
final class OutboundTopicAliases {
    private final int maximum;
    private final Map<String, Integer> aliases = new HashMap<>();

    OutboundTopicAliases(int maximum) {
        this.maximum = maximum;
    }

    /** The topic an alias stands for, or null. */
    String topicOf(int alias) {
        for (var e : aliases.entrySet()) if (e.getValue() == alias) return e.getKey();
        return null;
    }

    /** The PUBLISH as it goes on the wire: unchanged, with a new alias, or with an alias in place of its topic. */
    Publish apply(Publish p) {
        Integer alias = aliases.get(p.topic());
        if (alias != null) {
            return new Publish(p.dup(), p.qos(), p.retain(), "", p.packetId(), p.payload(),
                    p.properties().plus(PropertyId.TOPIC_ALIAS, alias));
        }
        // an alias costs 3 bytes (property id and value); a topic of 3 bytes or fewer would only grow
        if (aliases.size() >= maximum || DataTypes.utf8Length(p.topic()) <= 3) return p;
        int next = aliases.size() + 1; // 1..maximum: never 0 [MQTT-3.3.2-8], never above the client's maximum [MQTT-3.3.2-11]
        aliases.put(p.topic(), next);
        return new Publish(p.dup(), p.qos(), p.retain(), p.topic(), p.packetId(), p.payload(),
                p.properties().plus(PropertyId.TOPIC_ALIAS, next));
    }
}
