package mqttlab.broker.flow;

import mqttlab.broker.connection.Connection;
import mqttlab.broker.log.BrokerLog;
import mqttlab.broker.log.LogLevel;
import mqttlab.broker.session.Outbound;
import mqttlab.broker.session.Session;
import mqttlab.broker.stats.Counters;
import mqttlab.broker.tap.Direction;
import mqttlab.broker.tap.PacketTap;
import mqttlab.broker.tap.TapEvent;
import mqttlab.broker.time.BrokerClock;
import mqttlab.protocol.packet.MqttVersion;
import mqttlab.protocol.packet.Publish;
import mqttlab.protocol.packet.Qos;
import mqttlab.protocol.property.Properties;

/**
 * A message the broker gives up on for one client. Never silent: counted for
 * {@code $SYS/broker/publish/messages/dropped} and {@code stats}, logged once per episode with
 * mosquitto's own line (database.c, {@code db__message_insert}), and shown to {@code trace} as a
 * {@link Direction#DROPPED} packet — a teaching moment.
 */
public final class Drops {
    private final BrokerLog log;
    private final PacketTap tap;
    private final Counters counters;
    private final BrokerClock clock;

    public Drops(BrokerLog log, PacketTap tap, Counters counters, BrokerClock clock) {
        this.log = log;
        this.tap = tap;
        this.counters = counters;
        this.clock = clock;
    }

    public void drop(Session s, Outbound o) {
        counters.publishDropped++;
        if (s.flow().startDropping()) {
            log.log(LogLevel.NOTICE, "Outgoing messages are being dropped for client " + s.clientId() + ".");
        }
        if (tap.active()) tap.publish(tapEvent(s, o));
    }

    /** The episode is over: the client takes messages again, so the next drop is logged again. */
    public void recovered(Session s) {
        s.flow().recovered();
    }

    /**
     * The copy that was not sent: no bytes, since nothing went on the wire, and — at QoS 1/2 — packet
     * id 1 standing in for the id it never got (a PUBLISH above QoS 0 must carry one [MQTT-2.2.1-3]).
     */
    private TapEvent tapEvent(Session s, Outbound o) {
        Connection c = s.connection();
        MqttVersion v = s.version() == null ? MqttVersion.V3_1_1 : s.version();
        int id = o.qos == Qos.AT_MOST_ONCE ? 0 : o.packetId != 0 ? o.packetId : 1;
        Publish p = new Publish(false, o.qos, o.retain, o.message.topic(), id, o.message.payload(), Properties.EMPTY);
        return new TapEvent(tap.nextSeq(), clock.instant(), Direction.DROPPED, s.clientId(),
                c == null ? "" : c.address(), v, p, new byte[0]);
    }
}
