package mqttlab.relay;

import java.util.ArrayList;
import java.util.List;
import mqttlab.broker.log.LogLevel;
import mqttlab.broker.tap.Direction;
import mqttlab.broker.tap.TapEvent;
import mqttlab.protocol.packet.ConnAck;
import mqttlab.protocol.packet.Connect;
import mqttlab.protocol.packet.MqttVersion;
import mqttlab.protocol.packet.PubAck;
import mqttlab.protocol.packet.PubComp;
import mqttlab.protocol.packet.PubRec;
import mqttlab.protocol.packet.PubRel;
import mqttlab.protocol.packet.Publish;
import mqttlab.protocol.packet.Subscribe;
import mqttlab.protocol.packet.Subscription;
import mqttlab.protocol.packet.Unsubscribe;

/**
 * The lines `mosquitto -v` prints for a packet, written by the relay from what it sees pass: IN is
 * what the broker received, OUT what it sent. The format strings are mosquitto 2.0's (see
 * src/handle_*.c, lib/send_*.c); the order within a CONNECT follows handle_connect.c, which logs
 * "New client connected" just before its CONNACK goes out.
 */
final class RelayLog {
    record Line(LogLevel level, String text) { }

    private RelayLog() { }

    /** Whether the packet gives only DEBUG lines (the flow of messages): then nothing is written unless DEBUG is on. */
    static boolean debugOnly(mqttlab.protocol.packet.Packet p) {
        return switch (p.type()) {
            case PUBLISH, PUBACK, PUBREC, PUBREL, PUBCOMP, PINGREQ, PINGRESP, SUBACK, UNSUBACK, DISCONNECT -> true;
            default -> false;
        };
    }

    static List<Line> of(TapEvent e, RelayedConnection c) {
        List<Line> out = new ArrayList<>();
        String id = c.name();
        boolean in = e.direction() == Direction.IN;
        var packet = e.packet();
        if (packet instanceof Publish p) {
            out.add(debug((in ? "Received PUBLISH from " : "Sending PUBLISH to ") + id + " (d" + bit(p.dup()) + ", q"
                    + p.qos().value() + ", r" + bit(p.retain()) + ", m" + p.packetId() + ", '" + (e.topic() == null ? p.topic() : e.topic())
                    + "', ... (" + p.payload().length + " bytes))"));
        } else if (packet instanceof ConnAck a) {
            connack(a, c, id, out);
        } else if (packet instanceof Subscribe s) {
            out.add(debug("Received SUBSCRIBE from " + id));
            for (Subscription sub : s.subscriptions()) out.add(debug("\t" + sub.filter() + " (QoS " + sub.qos().value() + ")"));
            for (Subscription sub : s.subscriptions()) out.add(new Line(LogLevel.SUBSCRIBE, id + " " + sub.qos().value() + " " + sub.filter()));
        } else if (packet instanceof Unsubscribe u) {
            out.add(debug("Received UNSUBSCRIBE from " + id));
            for (String f : u.filters()) out.add(debug("\t" + f));
            for (String f : u.filters()) out.add(new Line(LogLevel.UNSUBSCRIBE, id + " " + f));
        } else if (packet instanceof PubAck a) {
            out.add(debug(in ? "Received PUBACK from " + id + " (Mid: " + a.packetId() + ", RC:" + a.reasonCode() + ")"
                    : "Sending PUBACK to " + id + " (m" + a.packetId() + ", rc" + a.reasonCode() + ")"));
        } else if (packet instanceof PubRec r) {
            out.add(debug(in ? "Received PUBREC from " + id + " (Mid: " + r.packetId() + ")"
                    : "Sending PUBREC to " + id + " (m" + r.packetId() + ", rc" + r.reasonCode() + ")"));
        } else if (packet instanceof PubRel r) {
            out.add(debug(in ? "Received PUBREL from " + id + " (Mid: " + r.packetId() + ")" : "Sending PUBREL to " + id + " (m" + r.packetId() + ")"));
        } else if (packet instanceof PubComp p) {
            out.add(debug(in ? "Received PUBCOMP from " + id + " (Mid: " + p.packetId() + ", RC:" + p.reasonCode() + ")"
                    : "Sending PUBCOMP to " + id + " (m" + p.packetId() + ")"));
        } else {
            switch (packet.type()) {
                case SUBACK -> out.add(debug("Sending SUBACK to " + id));
                case UNSUBACK -> out.add(debug("Sending UNSUBACK to " + id));
                case PINGREQ -> out.add(debug("Received PINGREQ from " + id));
                case PINGRESP -> out.add(debug("Sending PINGRESP to " + id));
                case DISCONNECT -> out.add(debug(in ? "Received DISCONNECT from " + id : "Sending DISCONNECT to " + id));
                default -> { } // CONNECT is logged with its CONNACK, as mosquitto does; AUTH is not logged
            }
        }
        return out;
    }

    private static void connack(ConnAck a, RelayedConnection c, String id, List<Line> out) {
        Connect connect = c.connect();
        if (a.reasonCode() == 0 && connect != null) {
            String user = connect.username() == null ? "" : ", u'" + connect.username() + "'";
            out.add(new Line(LogLevel.NOTICE, "New client connected from " + c.address() + " as " + id + " (p"
                    + protocolNumber(connect.version()) + ", c" + bit(connect.cleanStart()) + ", k" + connect.keepAlive() + user + ")."));
            if (connect.will() != null) {
                out.add(debug("Will message specified (" + connect.will().payload().length + " bytes) (r"
                        + bit(connect.will().retain()) + ", q" + connect.will().qos().value() + ")."));
                out.add(debug("\t" + connect.will().topic()));
            } else {
                out.add(debug("No will message specified."));
            }
        }
        out.add(debug("Sending CONNACK to " + id + " (" + bit(a.sessionPresent()) + ", " + a.reasonCode() + ")"));
    }

    private static Line debug(String text) { return new Line(LogLevel.DEBUG, text); }

    private static int bit(boolean b) { return b ? 1 : 0; }

    static int protocolNumber(MqttVersion v) {
        return switch (v) { case V3_1 -> 1; case V3_1_1 -> 2; case V5 -> 5; };
    }
}
