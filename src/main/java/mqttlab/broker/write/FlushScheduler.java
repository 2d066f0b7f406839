package mqttlab.broker.write;

import io.netty.channel.EventLoop;
import java.util.ArrayList;
import java.util.List;

/**
 * Batches flushes: a PUBLISH fanned out to many subscribers writes to each channel, and every
 * written channel is flushed once, after the event loop finishes its current batch of reads —
 * one syscall per channel per batch instead of one per packet. One per event loop; event loop
 * thread only.
 */
public final class FlushScheduler {
    private final EventLoop loop;
    private final List<Runnable> pending = new ArrayList<>();
    private final Runnable flushAll = this::flushAll;
    private boolean scheduled;

    public FlushScheduler(EventLoop loop) {
        this.loop = loop;
    }

    /** Queues one flush; the caller makes sure it asks at most once per batch ({@link BatchedWriter} does). */
    public void later(Runnable flush) {
        pending.add(flush);
        if (!scheduled) {
            scheduled = true;
            loop.execute(flushAll);
        }
    }

    private void flushAll() {
        scheduled = false;
        for (int i = 0; i < pending.size(); i++) pending.get(i).run();
        pending.clear();
    }
}
