package mqttlab.bench;

import static mqttlab.text.Text.t;

import java.nio.ByteBuffer;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import mqttlab.broker.write.FlushScheduler;
import mqttlab.protocol.packet.Packet;
import mqttlab.protocol.packet.PubAck;
import mqttlab.protocol.packet.PubComp;
import mqttlab.protocol.packet.PubRec;
import mqttlab.protocol.packet.PubRel;
import mqttlab.protocol.packet.Publish;
import mqttlab.protocol.packet.Qos;
import mqttlab.protocol.packet.SubAck;
import mqttlab.protocol.packet.Subscribe;
import mqttlab.protocol.packet.Subscription;

/** Subscribes, acknowledges what the QoS asks for, and hands every delivery to the run's ledger. */
final class Subscriber extends LoadClient {
    final int index;
    private final MessageRun run;
    private final String filter;
    private final Qos qos;
    /** Completes with a granted SUBACK. */
    final CompletableFuture<Void> subscribed = new CompletableFuture<>();

    Subscriber(String clientId, int index, MessageRun run, BenchSettings s, FlushScheduler flusher) {
        super(clientId, s.version(), s.keepAlive(), flusher);
        this.index = index;
        this.run = run;
        this.filter = s.filter();
        this.qos = Qos.of(s.qos());
    }

    @Override
    void onConnected() {
        write(new Subscribe(1, List.of(new Subscription(filter, qos))));
    }

    @Override
    void onPacket(Packet p) {
        if (p instanceof Publish pub) {
            received(pub);
        } else if (p instanceof PubRel rel) {
            write(new PubComp(rel.packetId()));
        } else if (p instanceof SubAck ack) {
            int code = ack.reasonCodes().isEmpty() ? 0x80 : ack.reasonCodes().get(0);
            if (code >= 0x80) subscribed.completeExceptionally(new BenchException(t("bench.sub.refused", filter, Integer.toHexString(code))));
            else if (code < qos.value()) subscribed.completeExceptionally(new BenchException(t("bench.sub.downgraded", code, filter, qos.value())));
            else subscribed.complete(null);
        }
    }

    private void received(Publish pub) {
        long now = System.nanoTime();
        byte[] payload = pub.payload();
        if (payload.length >= BenchSettings.MIN_SIZE) {
            ByteBuffer b = ByteBuffer.wrap(payload);
            run.delivered(index, b.getInt(16), b.getLong(8), b.getLong(0), now);
        } else {
            run.delivered(index, -1, -1, 0, now);
        }
        if (pub.qos() == Qos.AT_LEAST_ONCE) write(new PubAck(pub.packetId()));
        else if (pub.qos() == Qos.EXACTLY_ONCE) write(new PubRec(pub.packetId()));
    }

    @Override
    void failed(String why) {
        super.failed(why);
        subscribed.completeExceptionally(new BenchException(why));
    }
}
