package mqttlab.bench;

import java.nio.ByteBuffer;
import mqttlab.broker.write.FlushScheduler;
import mqttlab.protocol.packet.Packet;
import mqttlab.protocol.packet.PubAck;
import mqttlab.protocol.packet.PubComp;
import mqttlab.protocol.packet.PubRec;
import mqttlab.protocol.packet.PubRel;
import mqttlab.protocol.packet.Publish;
import mqttlab.protocol.packet.Qos;
import mqttlab.protocol.property.Properties;

/**
 * Publishes numbered, timestamped messages as fast as its windows allow: at most {@code --window}
 * (or the broker's Receive Maximum, if smaller) QoS 1/2 PUBLISHes without their PUBACK/PUBCOMP,
 * and at most twice {@code --window} not yet seen by every subscriber (which is what paces QoS 0,
 * where the broker acknowledges nothing, and keeps the broker's queues short at any QoS).
 */
final class Publisher extends LoadClient {
    final int index;
    private final MessageRun run;
    private final String topic;
    private final Qos qos;
    private final int size;
    private final boolean[] idInUse = new boolean[65536];
    private int nextId = 1;
    long sent;
    int inflight;
    /** True while waiting for subscribers to catch up (the end-to-end window is full). */
    boolean waitingForDeliveries;

    Publisher(String clientId, int index, MessageRun run, BenchSettings s, FlushScheduler flusher) {
        super(clientId, s.version(), s.keepAlive(), flusher);
        this.index = index;
        this.run = run;
        this.topic = s.topic(index);
        this.qos = Qos.of(s.qos());
        this.size = s.size();
    }

    /** Sends while the run goes on and both windows have room. */
    void pump() {
        waitingForDeliveries = false;
        if (closed || !connected.isDone()) return;
        int window = window();
        while (run.maySend(this)) {
            if (qos != Qos.AT_MOST_ONCE && inflight >= window) return; // an acknowledgement will call again
            if (sent >= run.allowance()) return; // --rate: the pacing tick will call again
            if (sent - run.ledger().slowestNext(index) >= 2L * run.window()) {
                waitingForDeliveries = true;
                return;
            }
            publishOne();
        }
        run.publisherFinished(this);
    }

    /** The in-flight limit: --window, or less when the broker's Receive Maximum says so [MQTT-3.3.4-7]. */
    int window() {
        return Math.min(run.window(), receiveMaximum);
    }

    private void publishOne() {
        byte[] payload = new byte[size];
        ByteBuffer.wrap(payload).putLong(0, System.nanoTime()).putLong(8, sent).putInt(16, index);
        int id = 0;
        if (qos != Qos.AT_MOST_ONCE) {
            id = allocateId();
            inflight++;
        }
        sent++;
        write(new Publish(false, qos, false, topic, id, payload, Properties.EMPTY));
    }

    private int allocateId() {
        while (idInUse[nextId]) nextId = nextId == 65535 ? 1 : nextId + 1;
        int id = nextId;
        idInUse[id] = true;
        nextId = nextId == 65535 ? 1 : nextId + 1;
        return id;
    }

    @Override
    void onPacket(Packet p) {
        if (p instanceof PubAck a) {
            acknowledged(a.packetId());
        } else if (p instanceof PubRec r) {
            if (r.reasonCode() >= 0x80) acknowledged(r.packetId()); // v5: refused, the flow ends
            else write(new PubRel(r.packetId()));
        } else if (p instanceof PubComp c) {
            acknowledged(c.packetId());
        }
    }

    private void acknowledged(int id) {
        if (!idInUse[id]) return;
        idInUse[id] = false;
        inflight--;
        run.progressed();
        pump();
    }

    @Override
    void onClosed() {
        run.publisherFinished(this);
    }
}
