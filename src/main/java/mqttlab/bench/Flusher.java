package mqttlab.bench;

import io.netty.channel.EventLoop;
import java.util.ArrayList;
import java.util.List;

/**
 * Flushes every client written to once, after the event loop has handled its current batch of
 * reads: one write syscall per connection per batch, as a broker does, so the generator's own
 * cost per message stays small. Event loop thread only.
 */
final class Flusher {
    private final EventLoop loop;
    private final List<LoadClient> dirty = new ArrayList<>();
    private final Runnable flushAll = this::flushAll;
    private boolean scheduled;

    Flusher(EventLoop loop) {
        this.loop = loop;
    }

    /** The client asks at most once per batch (it keeps its own dirty flag). */
    void later(LoadClient client) {
        dirty.add(client);
        if (!scheduled) {
            scheduled = true;
            loop.execute(flushAll);
        }
    }

    private void flushAll() {
        scheduled = false;
        for (int i = 0; i < dirty.size(); i++) dirty.get(i).flushNow();
        dirty.clear();
    }
}
