package mqttlab.bench;

import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import mqttlab.broker.write.FlushScheduler;
import mqttlab.protocol.packet.Packet;
import mqttlab.protocol.packet.PingReq;
import mqttlab.protocol.packet.PingResp;

/** A connection that only stays: PINGREQ within its keep alive, and on demand to prove it is still served. */
final class IdleClient extends LoadClient {
    final long startedAt = System.nanoTime();
    long connectedAt;
    long pongs;
    private final Runnable onPong;
    private ScheduledFuture<?> keepAliveTimer;

    IdleClient(String clientId, BenchSettings s, FlushScheduler flusher, Runnable onPong) {
        super(clientId, s.version(), s.keepAlive(), flusher);
        this.onPong = onPong;
    }

    @Override
    void onConnected() {
        connectedAt = System.nanoTime();
        if (keepAlive > 0) {
            long every = Math.max(1, keepAlive * 3L / 4);
            keepAliveTimer = channel.eventLoop().scheduleAtFixedRate(this::ping, every, every, TimeUnit.SECONDS);
        }
    }

    void ping() {
        if (!closed && channel.isActive()) write(new PingReq());
    }

    @Override
    void onPacket(Packet p) {
        if (p instanceof PingResp) {
            pongs++;
            onPong.run();
        }
    }

    @Override
    void onClosed() {
        if (keepAliveTimer != null) keepAliveTimer.cancel(false);
    }
}
