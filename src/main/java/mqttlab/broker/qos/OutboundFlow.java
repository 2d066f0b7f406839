package mqttlab.broker.qos;

import java.util.Iterator;
import java.util.function.Supplier;
import mqttlab.broker.config.BrokerConfig;
import mqttlab.broker.connection.Connection;
import mqttlab.broker.flow.Backpressure;
import mqttlab.broker.log.BrokerLog;
import mqttlab.broker.log.LogLevel;
import mqttlab.broker.message.Message;
import mqttlab.broker.session.Outbound;
import mqttlab.broker.session.Session;
import mqttlab.broker.stats.Counters;
import mqttlab.broker.time.BrokerClock;
import mqttlab.protocol.codec.PacketEncoder;
import mqttlab.protocol.packet.PubAck;
import mqttlab.protocol.packet.PubComp;
import mqttlab.protocol.packet.PubRec;
import mqttlab.protocol.packet.PubRel;
import mqttlab.protocol.packet.Publish;
import mqttlab.protocol.packet.Qos;
import mqttlab.protocol.property.Properties;
import mqttlab.protocol.property.PropertyId;

/**
 * Messages from the broker to one client: QoS 0 straight out, QoS 1 and 2 through the in-flight
 * window (AWAITING_PUBACK; AWAITING_PUBREC → AWAITING_PUBCOMP) and the session's queue, in
 * order [MQTT-4.6.0-2..4], resent with DUP=1 when a session resumes [MQTT-4.4.0-1].
 */
public final class OutboundFlow {
    private final Supplier<BrokerConfig> config;
    private final BrokerLog log;
    private final Counters counters;
    private final BrokerClock clock;
    private final Backpressure backpressure;

    private Message encodedFor;
    private boolean encodedRetain;
    private Publish encodedPublish;
    private byte[] encodedV311;
    private byte[] encodedV5;

    public OutboundFlow(Supplier<BrokerConfig> config, BrokerLog log, Counters counters, BrokerClock clock,
                        Backpressure backpressure) {
        this.config = config;
        this.log = log;
        this.counters = counters;
        this.clock = clock;
        this.backpressure = backpressure;
    }

    /** A routed message for one client: out now if the connection and the window allow, else queued or dropped by flow control. */
    public void deliver(Session s, Message m, Qos qos, boolean retain, int[] subscriptionIds) {
        Connection c = s.connection();
        if (qos == Qos.AT_MOST_ONCE && c != null) {
            if (backpressure.qos0OverBytes(s)) {
                backpressure.dropQos0(s, new Outbound(m, qos, retain, subscriptionIds));
                return;
            }
            if (s.queue().isEmpty() && c.writable()) { // a fan-out's usual case, with nothing to keep
                send(c, m, qos, retain, subscriptionIds, 0, false);
                return;
            }
        }
        deliver(s, new Outbound(m, qos, retain, subscriptionIds), false);
    }

    /** A retained message sent because of a SUBSCRIBE: it waits in the queue however long it is, never dropped for the limit. */
    public void deliverRetained(Session s, Message m, Qos qos, int[] subscriptionIds) {
        deliver(s, new Outbound(m, qos, true, subscriptionIds), true);
    }

    private void deliver(Session s, Outbound o, boolean retainedOnSubscribe) {
        Connection c = s.connection();
        if (c != null && s.queue().isEmpty() && c.writable()) {
            if (o.qos == Qos.AT_MOST_ONCE) {
                send(c, o, false);
                return;
            }
            if (windowOpen(s, c)) {
                startFlight(s, c, o);
                return;
            }
        }
        backpressure.wait(s, o, retainedOnSubscribe);
    }

    /**
     * Whether one more QoS 1/2 message may go out now: fewer than the window's messages in flight and,
     * with max_inflight_bytes, fewer payload bytes in flight than that. As mosquitto's
     * db__ready_for_flight, the bytes are checked before the message is added, so one message larger
     * than the limit still goes, alone.
     */
    private boolean windowOpen(Session s, Connection c) {
        if (s.inflight().size() >= window(c)) return false;
        long limit = config.get().maxInflightBytes();
        if (limit <= 0) return true;
        return s.inflightBytes() < limit;
    }

    private int window(Connection c) {
        int configured = config.get().maxInflightMessages() <= 0 ? 65535 : config.get().maxInflightMessages();
        return Math.min(configured, c.clientReceiveMaximum());
    }

    /** Sends a QoS 1/2 message under a fresh packet id; false (and back to the queue's head) when none is free. */
    private boolean startFlight(Session s, Connection c, Outbound o) {
        int id = s.packetIds().allocate();
        if (id == 0) {
            s.queue().addFirst(o);
            return false;
        }
        o.packetId = id;
        o.state = o.qos == Qos.AT_LEAST_ONCE ? Outbound.State.AWAITING_PUBACK : Outbound.State.AWAITING_PUBREC;
        s.inflight().put(id, o);
        send(c, o, false);
        return true;
    }

    /**
     * Sends queued messages, in order, while the window has room and the connection takes more
     * (Netty's write buffer below its high water mark: what waits, waits here, counted).
     */
    public void pump(Session s) {
        Connection c = s.connection();
        if (c == null) return;
        boolean moved = false;
        while (!s.queue().isEmpty() && c.writable()) {
            Outbound o = s.queue().peekFirst();
            if (o.qos != Qos.AT_MOST_ONCE && !windowOpen(s, c)) break;
            s.queue().pollFirst();
            moved = true;
            if (o.qos == Qos.AT_MOST_ONCE) send(c, o, false);
            else if (!startFlight(s, c, o)) break;
        }
        if (moved) backpressure.progressed(s);
    }

    /** The connection's write buffer drained below its low water mark: the client is reading again. */
    public void writable(Connection c) {
        Session s = c.session();
        if (s == null || s.connection() != c) return;
        backpressure.progressed(s);
        pump(s);
    }

    /** A session resumed on a new connection: resend what was in flight, then the queue. */
    public void resume(Session s) {
        Connection c = s.connection();
        for (Iterator<Outbound> it = s.inflight().values().iterator(); it.hasNext(); ) {
            Outbound o = it.next();
            if (o.state == Outbound.State.AWAITING_PUBCOMP) {
                if (log.isEnabled(LogLevel.DEBUG)) log.log(LogLevel.DEBUG, "Sending PUBREL to " + s.clientId() + " (m" + o.packetId + ")");
                c.send(new PubRel(o.packetId));
            } else {
                send(c, o, true);
            }
        }
        pump(s);
    }

    public void onPubAck(Connection c, PubAck ack) {
        if (log.isEnabled(LogLevel.DEBUG)) log.log(LogLevel.DEBUG, "Received PUBACK from " + c.clientId() + " (Mid: " + ack.packetId() + ", RC:" + ack.reasonCode() + ")");
        finish(c.session(), ack.packetId(), Outbound.State.AWAITING_PUBACK);
    }

    public void onPubRec(Connection c, PubRec rec) {
        if (log.isEnabled(LogLevel.DEBUG)) log.log(LogLevel.DEBUG, "Received PUBREC from " + c.clientId() + " (Mid: " + rec.packetId() + ")");
        Session s = c.session();
        Outbound o = s.inflight().get(rec.packetId());
        if (o != null && rec.reasonCode() >= 0x80) { // v5: the receiver refused it; the flow ends here
            finish(s, rec.packetId(), o.state);
            return;
        }
        if (o != null) o.state = Outbound.State.AWAITING_PUBCOMP;
        if (log.isEnabled(LogLevel.DEBUG)) log.log(LogLevel.DEBUG, "Sending PUBREL to " + c.clientId() + " (m" + rec.packetId() + ")");
        c.send(new PubRel(rec.packetId(), o == null && c.version().isV5() ? 0x92 : 0, Properties.EMPTY));
    }

    public void onPubComp(Connection c, PubComp comp) {
        if (log.isEnabled(LogLevel.DEBUG)) log.log(LogLevel.DEBUG, "Received PUBCOMP from " + c.clientId() + " (Mid: " + comp.packetId() + ", RC:" + comp.reasonCode() + ")");
        finish(c.session(), comp.packetId(), Outbound.State.AWAITING_PUBCOMP);
    }

    private void finish(Session s, int packetId, Outbound.State expected) {
        Outbound o = s.inflight().get(packetId);
        if (o == null || o.state != expected) return; // an unknown or out-of-state ack is ignored
        s.inflight().remove(packetId);
        s.packetIds().release(packetId);
        backpressure.progressed(s);
        pump(s);
    }

    private void send(Connection c, Outbound o, boolean dup) {
        send(c, o.message, o.qos, o.retain, o.subscriptionIds, o.packetId, dup);
    }

    private void send(Connection c, Message m, Qos qos, boolean retain, int[] subscriptionIds, int packetId, boolean dup) {
        long now = m.expiryInterval() < 0 ? 0 : clock.nanos(); // the clock only for a message that can expire
        if (m.expired(now)) { // [MQTT-3.3.2-5] an expired message is not delivered
            if (packetId != 0) {
                c.session().inflight().remove(packetId);
                c.session().packetIds().release(packetId);
            }
            return;
        }
        Properties props = Properties.EMPTY;
        if (c.version().isV5()) {
            props = m.properties();
            long remaining = m.remainingExpiry(now);
            if (remaining >= 0) props = props.plus(PropertyId.MESSAGE_EXPIRY_INTERVAL, remaining); // [MQTT-3.3.2-6]
            for (int id : subscriptionIds) props = props.plus(PropertyId.SUBSCRIPTION_IDENTIFIER, id);
        }
        Publish p;
        byte[] encoded = null;
        if (qos == Qos.AT_MOST_ONCE && !dup && props == m.properties()) { // the same bytes for every subscriber
            p = sameForAll(m, retain);
            encoded = c.version().isV5() ? encodedV5 : encodedV311;
            if (encoded == null) {
                encoded = PacketEncoder.encode(p, c.version());
                if (c.version().isV5()) encodedV5 = encoded;
                else encodedV311 = encoded;
            }
        } else {
            p = new Publish(dup, qos, retain, m.topic(), packetId, m.payload(), props);
        }
        if (c.clientMaxPacketSize() != Long.MAX_VALUE
                && (encoded != null ? encoded.length : PacketEncoder.encodedLength(p, c.version())) > c.clientMaxPacketSize()) {
            counters.publishDropped++; // [MQTT-3.1.2-25] too big for this client: discard as if delivered
            if (packetId != 0) {
                c.session().inflight().remove(packetId);
                c.session().packetIds().release(packetId);
            }
            return;
        }
        if (log.isEnabled(LogLevel.DEBUG)) {
            log.log(LogLevel.DEBUG, "Sending PUBLISH to " + c.clientId() + " (d" + (dup ? 1 : 0) + ", q" + qos.value() + ", r"
                    + (retain ? 1 : 0) + ", m" + packetId + ", '" + m.topic() + "', ... (" + m.payload().length + " bytes))");
        }
        counters.publishSent++;
        c.send(p, encoded);
    }

    /**
     * A fan-out hands one message to its subscribers one after the other. Its QoS 0 copies are the
     * same PUBLISH (no packet id; no per-subscriber property) and the same bytes for every subscriber
     * of a protocol version (3.1 and 3.1.1 encode a PUBLISH alike): made once, kept until the next message.
     */
    private Publish sameForAll(Message m, boolean retain) {
        if (m != encodedFor || retain != encodedRetain) {
            encodedFor = m;
            encodedRetain = retain;
            encodedPublish = new Publish(false, Qos.AT_MOST_ONCE, retain, m.topic(), 0, m.payload(), m.properties());
            encodedV311 = null;
            encodedV5 = null;
        }
        return encodedPublish;
    }
}
