package mqttlab.broker.subscribe;

import java.util.ArrayList;
import java.util.List;
import mqttlab.broker.connection.Connection;
import mqttlab.broker.log.BrokerLog;
import mqttlab.broker.log.LogLevel;
import mqttlab.broker.subscription.SubscriptionTree;
import mqttlab.protocol.packet.ReasonCode;
import mqttlab.protocol.packet.UnsubAck;
import mqttlab.protocol.packet.Unsubscribe;
import mqttlab.protocol.property.Properties;

/** UNSUBSCRIBE and UNSUBACK (3.1.1 section 3.10, 5.0 section 3.10). */
public final class UnsubscribeHandler {
    private final BrokerLog log;
    private final SubscriptionTree subscriptions;

    public UnsubscribeHandler(BrokerLog log, SubscriptionTree subscriptions) {
        this.log = log;
        this.subscriptions = subscriptions;
    }

    public void handle(Connection c, Unsubscribe u) {
        log.log(LogLevel.DEBUG, "Received UNSUBSCRIBE from " + c.clientId());
        List<Integer> codes = new ArrayList<>();
        for (String filter : u.filters()) {
            log.log(LogLevel.DEBUG, "\t" + filter);
            boolean existed = subscriptions.unsubscribe(c.clientId(), filter);
            log.log(LogLevel.UNSUBSCRIBE, c.clientId() + " " + filter);
            codes.add(existed ? 0 : ReasonCode.NO_SUBSCRIPTION_EXISTED.code());
        }
        log.log(LogLevel.DEBUG, "Sending UNSUBACK to " + c.clientId());
        // 3.1.1's UNSUBACK has no payload; v5 has one reason code per filter [MQTT-3.11.3-1].
        c.send(new UnsubAck(u.packetId(), c.version().isV5() ? codes : List.of(), Properties.EMPTY));
    }
}
