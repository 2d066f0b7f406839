package mqttlab.broker.net;

import java.util.function.Supplier;
import mqttlab.broker.config.BrokerConfig;
import mqttlab.broker.connection.Connection;
import mqttlab.broker.connect.ConnectHandler;
import mqttlab.broker.connect.ConnectRefusal;
import mqttlab.broker.connect.DisconnectHandler;
import mqttlab.broker.log.BrokerLog;
import mqttlab.broker.log.LogLevel;
import mqttlab.broker.publish.PublishHandler;
import mqttlab.broker.qos.OutboundFlow;
import mqttlab.broker.subscribe.SubscribeHandler;
import mqttlab.broker.subscribe.UnsubscribeHandler;
import mqttlab.protocol.codec.DisallowedCodePoints;
import mqttlab.protocol.codec.MalformedPacketException;
import mqttlab.protocol.packet.*;

/**
 * Hands each decoded packet to the handler for its protocol concern (as mosquitto's
 * read_handle.c), and maps every failure to how the connection ends, in one place.
 */
public final class PacketDispatcher {
    private final Supplier<BrokerConfig> config;
    private final BrokerLog log;
    private final ConnectHandler connect;
    private final DisconnectHandler disconnect;
    private final PublishHandler publish;
    private final OutboundFlow outbound;
    private final SubscribeHandler subscribe;
    private final UnsubscribeHandler unsubscribe;
    private final ConnectRefusal refusal;

    public PacketDispatcher(Supplier<BrokerConfig> config, BrokerLog log, ConnectHandler connect, DisconnectHandler disconnect, PublishHandler publish,
                            OutboundFlow outbound, SubscribeHandler subscribe, UnsubscribeHandler unsubscribe) {
        this.config = config;
        this.log = log;
        this.connect = connect;
        this.disconnect = disconnect;
        this.publish = publish;
        this.outbound = outbound;
        this.subscribe = subscribe;
        this.unsubscribe = unsubscribe;
        this.refusal = new ConnectRefusal(config, log);
    }

    public void dispatch(Connection c, Packet packet) {
        if (c.state() == Connection.State.CLOSED) return;
        if (c.state() == Connection.State.AWAITING_CONNECT) {
            if (packet instanceof Connect cp) connect.handle(c, cp);
            else protocolError(c, "the first packet must be CONNECT [MQTT-3.1.0-1]");
            return;
        }
        MalformedPacketException control = DisallowedCodePoints.findIn(packet, c.version());
        if (control != null) { // section 1.5.4: MAY be treated as malformed; mosquitto does, so does the lab
            malformed(c, control);
            return;
        }
        switch (packet.type()) {
            case PUBLISH -> publish.handle(c, (Publish) packet);
            case PUBACK -> outbound.onPubAck(c, (PubAck) packet);
            case PUBREC -> outbound.onPubRec(c, (PubRec) packet);
            case PUBREL -> publish.onPubRel(c, (PubRel) packet);
            case PUBCOMP -> outbound.onPubComp(c, (PubComp) packet);
            case SUBSCRIBE -> subscribe.handle(c, (Subscribe) packet);
            case UNSUBSCRIBE -> unsubscribe.handle(c, (Unsubscribe) packet);
            case PINGREQ -> {
                log.log(LogLevel.DEBUG, "Received PINGREQ from " + c.clientId());
                log.log(LogLevel.DEBUG, "Sending PINGRESP to " + c.clientId());
                c.send(new PingResp());
            }
            case DISCONNECT -> disconnect.handle(c, (Disconnect) packet);
            case CONNECT -> protocolError(c, "a second CONNECT is a protocol violation [MQTT-3.1.0-2]");
            case AUTH -> protocolError(c, "AUTH without an authentication method in CONNECT [MQTT-4.12.0-1]");
            default -> protocolError(c, serverOnly(packet.type()));
        }
    }

    /** The client's socket took what was waiting: more of its queue may go out. */
    public void writable(Connection c) {
        if (c.state() == Connection.State.CONNECTED) outbound.writable(c);
    }

    /**
     * Why a client may not send this type, or null when it may. CONNACK, SUBACK, UNSUBACK and PINGRESP go
     * from server to client only (section 2.1.2's direction column): a client sending one has broken a
     * rule, not the encoding, so it is a Protocol Error (5.0 section 4.13) whatever its body holds.
     * (mosquitto 2.0.11 ignores SUBACK, UNSUBACK and PINGRESP from a client; the lab follows the standard.)
     */
    public static String serverOnly(PacketType type) {
        return switch (type) {
            case CONNACK, SUBACK, UNSUBACK, PINGRESP -> "a client must not send " + type + ": it goes from server to client only (section 2.1.2)";
            default -> null;
        };
    }

    /**
     * Bytes that could not be decoded, or that decode into a packet breaking a rule: the connection
     * ends [MQTT-4.8.0-1], v5 with the reason code first (a DISCONNECT, or a CONNACK when it was the
     * CONNECT). {@code declared} is the version a CONNECT frame's first bytes ask for, null if none.
     */
    public void malformed(Connection c, MalformedPacketException e, MqttVersion declared) {
        if (c.state() == Connection.State.AWAITING_CONNECT) {
            refusal.malformed(c, e, declared);
            return;
        }
        malformed(c, e);
    }

    public void malformed(Connection c, MalformedPacketException e) {
        boolean protocol = e.reason() == ReasonCode.PROTOCOL_ERROR;
        log.log(LogLevel.NOTICE, "Client " + c.name() + " disconnected due to " + (protocol ? "protocol error" : "malformed packet")
                + ".");
        log.log(LogLevel.DEBUG, "\t" + e.describe());
        c.disconnectWith(e.reason(), e.getMessage());
    }

    public void protocolError(Connection c, String why) {
        log.log(LogLevel.NOTICE, "Client " + c.name() + " disconnected due to protocol error.");
        log.log(LogLevel.DEBUG, "\t" + why);
        c.disconnectWith(ReasonCode.PROTOCOL_ERROR, why);
    }

    /**
     * A packet over this connection's limit (max_packet_size when it connected): refused from its fixed
     * header; v5 DISCONNECT 0x95 Packet too large, 3.1.1 closed.
     */
    public void oversize(Connection c, long length, long limit) {
        log.log(LogLevel.NOTICE, "Client " + c.name() + " disconnected due to oversize packet.");
        log.log(LogLevel.NOTICE, "\tits packet is " + length + " bytes; max_packet_size is " + limit
                + (limit == BrokerConfig.DEFAULT_PACKET_CAP && config.get().maxPacketSize() == 0 ? " (the lab's cap when max_packet_size is 0)" : "") + ".");
        c.disconnectWith(ReasonCode.PACKET_TOO_LARGE, "packet of " + length + " bytes is over the server's Maximum Packet Size");
    }
}
