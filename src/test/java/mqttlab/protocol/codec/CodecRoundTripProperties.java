package mqttlab.protocol.codec;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import mqttlab.protocol.packet.*;
import mqttlab.protocol.property.Properties;
import mqttlab.protocol.property.Property;
import mqttlab.protocol.property.PropertyId;
import mqttlab.protocol.property.UserProperty;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Provide;
import net.jqwik.api.Combinators;

/** Generated packets of every type in both versions survive encode → decode unchanged, explained or not. */
class CodecRoundTripProperties {

    @net.jqwik.api.Property(tries = 400)
    void v311RoundTrip(@ForAll("v311Packets") Packet p) {
        check(p, MqttVersion.V3_1_1);
    }

    @net.jqwik.api.Property(tries = 600)
    void v5RoundTrip(@ForAll("v5Packets") Packet p) {
        check(p, MqttVersion.V5);
    }

    static void check(Packet p, MqttVersion v) {
        byte[] bytes = PacketEncoder.encode(p, v);
        assertEquals(bytes.length, PacketEncoder.encodedLength(p, v));
        assertEquals(bytes.length, FrameHeader.peek(ByteBuffer.wrap(bytes)).frameLength());
        assertEquals(p, PacketDecoder.decode(ByteBuffer.wrap(bytes), v));
        List<Annotation> notes = new ArrayList<>();
        assertEquals(p, PacketDecoder.decode(ByteBuffer.allocateDirect(bytes.length).put(bytes).flip(), v, notes));
        boolean[] covered = new boolean[bytes.length];
        for (Annotation a : notes) for (int i = a.offset(); i < a.end(); i++) covered[i] = true;
        for (int i = 0; i < bytes.length; i++) assertTrue(covered[i], "byte " + i + " unexplained in " + p);
    }

    @Provide
    Arbitrary<Packet> v311Packets() { return packets(false); }

    @Provide
    Arbitrary<Packet> v5Packets() { return packets(true); }

    static Arbitrary<String> text() {
        return Arbitraries.oneOf(Arbitraries.strings().alpha().numeric().withChars('/', ' ', '$').ofMaxLength(12),
                Arbitraries.strings().withCharRange('\u0001', '\uD7FF').ofMaxLength(8),
                Arbitraries.of("건물/125/온도", "😀/x", "a\u0001b", ""));
    }

    static Arbitrary<String> topic() {
        return text().filter(s -> !s.isEmpty() && s.indexOf('+') < 0 && s.indexOf('#') < 0);
    }

    static Arbitrary<String> filter() {
        return Arbitraries.oneOf(topic(), Arbitraries.of("#", "+", "a/+/c", "a/#", "$share/g/a"));
    }

    static Arbitrary<byte[]> bytes(int max) {
        return Arbitraries.bytes().array(byte[].class).ofMaxSize(max);
    }

    static Arbitrary<Integer> id() { return Arbitraries.integers().between(1, 65535); }

    static Arbitrary<Qos> qos() { return Arbitraries.of(Qos.class); }

    static Arbitrary<Integer> reason(PacketType t) {
        List<Integer> ok = new ArrayList<>();
        for (int c = 0; c < 256; c++) if (ReasonCodes.allowed(t, c)) ok.add(c);
        return Arbitraries.of(ok);
    }

    /** Properties allowed where (a packet type value, or 0 for will properties), each at most once, plus user properties. */
    static Arbitrary<Properties> props(boolean v5, int where) {
        if (!v5) return Arbitraries.just(Properties.EMPTY);
        List<PropertyId> allowed = new ArrayList<>();
        for (PropertyId id : PropertyId.values()) if (PropertyRules.allowed(id, where) && id != PropertyId.USER_PROPERTY) allowed.add(id);
        Arbitrary<List<Property>> singles = allowed.isEmpty() ? Arbitraries.just(List.of()) : Arbitraries.of(allowed).set().ofMaxSize(4).flatMap(ids -> {
            if (ids.isEmpty()) return Arbitraries.just(List.<Property>of());
            List<Arbitrary<Property>> each = new ArrayList<>();
            for (PropertyId id : ids) each.add(value(id).map(v -> new Property(id, v)));
            return Combinators.combine(each).as(l -> l);
        });
        Arbitrary<List<Property>> users = Combinators.combine(text(), text()).as((k, v) -> new Property(PropertyId.USER_PROPERTY, new UserProperty(k, v)))
                .list().ofMaxSize(2);
        return Combinators.combine(singles, users).as((a, b) -> {
            List<Property> all = new ArrayList<>(a);
            all.addAll(b);
            return new Properties(all);
        });
    }

    static Arbitrary<Object> value(PropertyId id) {
        return switch (id.type()) {
            case BYTE -> Arbitraries.integers().between(0, 1).map(i -> i);
            case TWO_BYTE_INTEGER -> Arbitraries.integers().between(1, 65535).map(i -> i);
            case FOUR_BYTE_INTEGER -> Arbitraries.longs().between(1, 0xFFFF_FFFFL).map(l -> l);
            case VARIABLE_BYTE_INTEGER -> Arbitraries.integers().between(1, FrameHeader.MAX_REMAINING_LENGTH).map(i -> i);
            case UTF8_STRING -> text().map(s -> s);
            case BINARY_DATA -> bytes(8).map(b -> b);
            case UTF8_STRING_PAIR -> Combinators.combine(text(), text()).as((k, v) -> new UserProperty(k, v));
        };
    }

    static Arbitrary<Packet> packets(boolean v5) {
        Arbitrary<Will> will = Combinators.combine(topic(), bytes(10), qos(), Arbitraries.of(true, false), props(v5, PropertyRules.WILL))
                .as(Will::new).injectNull(0.4);
        Arbitrary<MqttVersion> version = v5 ? Arbitraries.just(MqttVersion.V5) : Arbitraries.of(MqttVersion.V3_1, MqttVersion.V3_1_1);
        Arbitrary<Packet> connect = Combinators.combine(version, text(), Arbitraries.of(true, false), Arbitraries.integers().between(0, 65535),
                will, text().injectNull(0.5), bytes(6).injectNull(0.5), props(v5, 1))
                .as((ver, cid, clean, ka, w, user, pw, pr) -> new Connect(ver, cid, clean, ka, w, user, !v5 && user == null ? null : pw, pr));
        Arbitrary<Packet> connack = Combinators.combine(Arbitraries.of(true, false), v5 ? reason(PacketType.CONNACK) : Arbitraries.integers().between(0, 5),
                props(v5, 2)).as((sp, rc, pr) -> new ConnAck(sp && rc == 0, rc, pr));
        Arbitrary<Packet> publish = Combinators.combine(Arbitraries.of(true, false), qos(), Arbitraries.of(true, false), topic(), id(), bytes(40), props(v5, 3))
                .as((dup, q, r, t, i, pl, pr) -> new Publish(dup && q != Qos.AT_MOST_ONCE, q, r, t, q == Qos.AT_MOST_ONCE ? 0 : i, pl, pr));
        Arbitrary<Packet> puback = Combinators.combine(id(), rc(v5, PacketType.PUBACK), props(v5, 4)).as(PubAck::new);
        Arbitrary<Packet> pubrec = Combinators.combine(id(), rc(v5, PacketType.PUBREC), props(v5, 5)).as(PubRec::new);
        Arbitrary<Packet> pubrel = Combinators.combine(id(), rc(v5, PacketType.PUBREL), props(v5, 6)).as(PubRel::new);
        Arbitrary<Packet> pubcomp = Combinators.combine(id(), rc(v5, PacketType.PUBCOMP), props(v5, 7)).as(PubComp::new);
        Arbitrary<Subscription> sub = v5
                ? Combinators.combine(filter(), qos(), Arbitraries.of(true, false), Arbitraries.of(true, false), Arbitraries.integers().between(0, 2))
                    .as((f, q, nl, rap, rh) -> new Subscription(f, q, nl && !f.startsWith("$share/"), rap, rh))
                : Combinators.combine(filter(), qos()).as(Subscription::new);
        Arbitrary<Packet> subscribe = Combinators.combine(id(), sub.list().ofMinSize(1).ofMaxSize(4), props(v5, 8)).as(Subscribe::new);
        Arbitrary<Packet> suback = Combinators.combine(id(), (v5 ? reason(PacketType.SUBACK) : Arbitraries.of(0, 1, 2, 0x80)).list().ofMinSize(1).ofMaxSize(4),
                props(v5, 9)).as(SubAck::new);
        Arbitrary<Packet> unsubscribe = Combinators.combine(id(), filter().list().ofMinSize(1).ofMaxSize(4), props(v5, 10)).as(Unsubscribe::new);
        Arbitrary<Packet> unsuback = v5 ? Combinators.combine(id(), reason(PacketType.UNSUBACK).list().ofMinSize(1).ofMaxSize(4), props(true, 11)).as(UnsubAck::new)
                : id().map(UnsubAck::new);
        Arbitrary<Packet> disconnect = Combinators.combine(rc(v5, PacketType.DISCONNECT), props(v5, 14)).as(Disconnect::new);
        List<Arbitrary<? extends Packet>> all = new ArrayList<>(List.of(connect, connack, publish, puback, pubrec, pubrel, pubcomp, subscribe, suback,
                unsubscribe, unsuback, Arbitraries.just(new PingReq()), Arbitraries.just(new PingResp()), disconnect));
        if (v5) all.add(Combinators.combine(reason(PacketType.AUTH), props(true, 15)).as(Auth::new));
        return Arbitraries.oneOf(all);
    }

    static Arbitrary<Integer> rc(boolean v5, PacketType t) {
        return v5 ? reason(t) : Arbitraries.just(0);
    }
}
