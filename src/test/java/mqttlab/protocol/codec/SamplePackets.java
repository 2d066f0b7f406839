package mqttlab.protocol.codec;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import mqttlab.protocol.packet.*;
import mqttlab.protocol.property.Properties;
import mqttlab.protocol.property.PropertyId;
import mqttlab.protocol.property.UserProperty;

/** One or more hand-made packets of every type, for round trips in both versions. */
final class SamplePackets {
    private SamplePackets() {}

    static byte[] b(String s) { return s.getBytes(StandardCharsets.UTF_8); }

    /** Packets valid in 3.1.1 (no v5 fields). */
    static List<Packet> v311() {
        List<Packet> l = new ArrayList<>();
        l.add(new Connect(MqttVersion.V3_1_1, "sensor-1", true, 60));
        l.add(new Connect(MqttVersion.V3_1_1, "", false, 0, new Will("building/125/status", b("gone"), Qos.AT_LEAST_ONCE, true),
                "student", b("secret"), Properties.EMPTY));
        l.add(new Connect(MqttVersion.V3_1, "old-client", true, 10));
        l.add(new ConnAck(true, 0));
        l.add(new ConnAck(false, 5));
        l.add(new Publish(Qos.AT_MOST_ONCE, false, "test", 0, b("hello world")));
        l.add(new Publish(true, Qos.EXACTLY_ONCE, true, "건물/125/온도", 65535, b("24.8"), Properties.EMPTY));
        l.add(new Publish(Qos.AT_LEAST_ONCE, false, "a", 1, new byte[0]));
        l.add(new PubAck(1));
        l.add(new PubRec(2));
        l.add(new PubRel(3));
        l.add(new PubComp(4));
        l.add(new Subscribe(7, List.of(new Subscription("building/+/temperature", Qos.AT_LEAST_ONCE), new Subscription("#", Qos.EXACTLY_ONCE))));
        l.add(new SubAck(7, List.of(1, 2, 0x80)));
        l.add(new Unsubscribe(8, List.of("a/b", "c/#")));
        l.add(new UnsubAck(8));
        l.add(new PingReq());
        l.add(new PingResp());
        l.add(new Disconnect());
        return l;
    }

    static Properties props(Object... kv) {
        Properties p = Properties.EMPTY;
        for (int i = 0; i < kv.length; i += 2) p = p.plus((PropertyId) kv[i], kv[i + 1]);
        return p;
    }

    /** Packets using the v5 fields (the short forms included). */
    static List<Packet> v5() {
        List<Packet> l = new ArrayList<>();
        UserProperty up = new UserProperty("lab", "mqtt");
        l.add(new Connect(MqttVersion.V5, "sensor-1", true, 60));
        l.add(new Connect(MqttVersion.V5, "c", false, 30,
                new Will("w/t", b("bye"), Qos.EXACTLY_ONCE, false, props(PropertyId.WILL_DELAY_INTERVAL, 10, PropertyId.CONTENT_TYPE, "text/plain")),
                null, b("pw"), props(PropertyId.SESSION_EXPIRY_INTERVAL, 3600L, PropertyId.RECEIVE_MAXIMUM, 20, PropertyId.USER_PROPERTY, up)));
        l.add(new ConnAck(false, 0, props(PropertyId.ASSIGNED_CLIENT_IDENTIFIER, "auto-1", PropertyId.MAXIMUM_QOS, 1, PropertyId.TOPIC_ALIAS_MAXIMUM, 10)));
        l.add(new ConnAck(false, 0x87));
        l.add(new Publish(false, Qos.AT_LEAST_ONCE, false, "t", 9, b("x"), props(PropertyId.TOPIC_ALIAS, 3, PropertyId.SUBSCRIPTION_IDENTIFIER, 5,
                PropertyId.SUBSCRIPTION_IDENTIFIER, 268_435_455, PropertyId.CORRELATION_DATA, new byte[] {1, 2, 3}, PropertyId.USER_PROPERTY, up)));
        l.add(new Publish(false, Qos.AT_MOST_ONCE, false, "", 0, b("via alias"), props(PropertyId.TOPIC_ALIAS, 3)));
        l.add(new PubAck(1));
        l.add(new PubAck(1, 0x10, Properties.EMPTY));
        l.add(new PubRec(2, 0x80, props(PropertyId.REASON_STRING, "nope")));
        l.add(new PubRel(3, 0x92, Properties.EMPTY));
        l.add(new PubComp(4, 0, props(PropertyId.USER_PROPERTY, up)));
        l.add(new Subscribe(7, List.of(new Subscription("a/+", Qos.AT_LEAST_ONCE, true, true, 2)), props(PropertyId.SUBSCRIPTION_IDENTIFIER, 12)));
        l.add(new SubAck(7, List.of(0, 1, 2, 0x80, 0x8F), props(PropertyId.REASON_STRING, "partly")));
        l.add(new Unsubscribe(8, List.of("a/b"), props(PropertyId.USER_PROPERTY, up)));
        l.add(new UnsubAck(8, List.of(0, 0x11), Properties.EMPTY));
        l.add(new PingReq());
        l.add(new PingResp());
        l.add(new Disconnect());
        l.add(new Disconnect(ReasonCode.DISCONNECT_WITH_WILL_MESSAGE));
        l.add(new Disconnect(0x8E, props(PropertyId.REASON_STRING, "taken over", PropertyId.SERVER_REFERENCE, "other:1883")));
        l.add(new Auth(0, Properties.EMPTY));
        l.add(new Auth(0x18, props(PropertyId.AUTHENTICATION_METHOD, "SCRAM-SHA-1", PropertyId.AUTHENTICATION_DATA, b("abc"))));
        return l;
    }
}
