package mqttlab.broker.persist;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;
import io.netty.channel.EventLoop;
import mqttlab.broker.auth.ListenerAccess;
import mqttlab.broker.config.BrokerConfig;
import mqttlab.broker.config.ConfigException;
import mqttlab.broker.connect.SessionTakeover;
import mqttlab.broker.log.BrokerLog;
import mqttlab.broker.log.LogLevel;
import mqttlab.broker.time.BrokerClock;

/**
 * mosquitto's {@code persistence}: the broker's retained messages and persistent sessions saved
 * to {@code persistence_location/persistence_file} every {@code autosave_interval} seconds and when
 * the broker stops, and loaded when it starts. The snapshot is taken on the event loop (one
 * consistent moment) and written on a thread of its own, so a slow disk never stalls clients.
 *
 * <p>A file that cannot be read stops the broker from starting (a {@link ConfigException} naming
 * the file and the problem) rather than being moved aside: starting empty would silently drop
 * students' durable sessions and retained messages, and the next autosave would make the loss
 * permanent. Since every save is atomic, a bad file means something outside the broker changed it,
 * which a person should look at. The message says how to start empty on purpose.
 */
public final class Persistence {
    private final Supplier<BrokerConfig> config;
    private final BrokerLog log;
    private final EventLoop loop;
    private final BrokerClock clock;
    private final PersistedState state;
    private final SessionTakeover takeover;
    private final Path file;
    private ExecutorService writer;
    private final AtomicBoolean writing = new AtomicBoolean();
    private BrokerClock.Timer autosave;
    private int autosaveEvery;

    public Persistence(Supplier<BrokerConfig> config, BrokerLog log, EventLoop loop, BrokerClock clock, PersistedState state,
                       SessionTakeover takeover) {
        this.config = config;
        this.log = log;
        this.loop = loop;
        this.clock = clock;
        this.state = state;
        this.takeover = takeover;
        this.file = config.get().persistence() ? fileOf(config.get()) : null;
    }

    /** The thread that writes the file, made on first use so that a broker that fails to start leaves none behind. */
    private synchronized ExecutorService writer() {
        if (writer == null) {
            writer = Executors.newSingleThreadExecutor(r -> {
                Thread t = new Thread(r, "mqttlab-persist");
                t.setDaemon(true);
                return t;
            });
        }
        return writer;
    }

    /** Where the file is: {@code persistence_location} (the working folder when unset) and {@code persistence_file}. */
    public static Path fileOf(BrokerConfig c) {
        Path dir = c.persistenceLocation() == null ? Path.of("") : c.persistenceLocation();
        return dir.resolve(c.persistenceFile()).toAbsolutePath();
    }

    public boolean enabled() { return file != null; }

    /** The file, or null when persistence is off. */
    public Path file() { return file; }

    /** At start, before the listeners open: loads the file when there is one. */
    public void restore(ListenerAccess access) throws ConfigException {
        if (file == null) return;
        Path dir = file.getParent();
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new ConfigException(dir.toString(), 0, "persist.mkdir", shownReason(e));
        }
        if (!Files.isWritable(dir)) throw new ConfigException(dir.toString(), 0, "persist.not.writable");
        if (!Files.exists(file)) return;
        Snapshot snap;
        try {
            snap = SnapshotReader.read(file);
        } catch (SnapshotException e) {
            throw new ConfigException(file.toString(), 0, "persist.bad.file", e.getMessage());
        } catch (IOException e) {
            throw new ConfigException(file.toString(), 0, "persist.unreadable", shownReason(e));
        }
        SnapshotRestore.Result r;
        try {
            r = loop.submit(() -> SnapshotRestore.apply(snap, state, clock, loop, takeover, access)).get(30, TimeUnit.SECONDS);
        } catch (InterruptedException | ExecutionException | TimeoutException e) {
            throw new ConfigException(file.toString(), 0, "persist.restore", e);
        }
        log.log(LogLevel.INFORMATION, "Restored " + r.retained() + " retained messages and " + r.sessions()
                + " persistent sessions from " + file + (r.expired() > 0 ? " (" + r.expired() + " sessions expired while the broker was down)" : "") + ".");
    }

    /** Saves every autosave_interval seconds (0: only when the broker stops, as mosquitto). */
    public void startAutosave() {
        int every = config.get().autosaveIntervalSeconds();
        autosaveEvery = every;
        if (file == null || every <= 0) return;
        autosave = clock.every(loop, this::autosave, Duration.ofSeconds(every));
    }

    /**
     * After a reload: a new autosave_interval takes over (mosquitto compares it on every pass of its
     * main loop); 0 leaves only the save at shutdown. The file itself stays where it was at start.
     */
    public void applyAutosaveInterval() {
        if (config.get().autosaveIntervalSeconds() == autosaveEvery) return;
        cancelAutosave();
        autosave = null;
        startAutosave();
    }

    private void autosave() {
        if (!writing.compareAndSet(false, true)) return; // the last save is still being written
        Snapshot s = SnapshotCapture.take(state, clock);
        writer().execute(() -> {
            try {
                write(s);
            } finally {
                writing.set(false);
            }
        });
    }

    public void cancelAutosave() {
        if (autosave != null) autosave.cancel();
    }

    /** Saves now and waits until the file is on disk; false when persistence is off or the save failed (logged). */
    public boolean saveNow() {
        if (file == null) return false;
        try {
            Snapshot s = loop.inEventLoop() ? SnapshotCapture.take(state, clock)
                    : loop.submit(() -> SnapshotCapture.take(state, clock)).get(10, TimeUnit.SECONDS);
            return writer().submit(() -> write(s)).get(60, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        } catch (ExecutionException | TimeoutException | RuntimeException e) { // RuntimeException: the loop is gone
            log.log(LogLevel.ERROR, "Error saving in-memory database to " + file + ": " + e);
            return false;
        }
    }

    /** When the broker stops, after its clients are closed: the last save, then the writer thread ends. */
    public void close() {
        if (file == null) return;
        cancelAutosave();
        saveNow();
        writer().shutdown();
    }

    private boolean write(Snapshot s) {
        log.log(LogLevel.INFORMATION, "Saving in-memory database to " + file + ".");
        try {
            SnapshotWriter.write(s, file);
            return true;
        } catch (IOException | RuntimeException e) {
            log.log(LogLevel.ERROR, "Error saving in-memory database to " + file + ": " + reason(e));
            return false;
        }
    }

    /** An I/O problem in words: "permission denied", "no such file or directory"... */
    /** {@link #reason} for a person: the common two in the lab's language. */
    private static Object shownReason(Exception e) {
        return mqttlab.text.Cause.known(e).<Object>map(p -> p).orElseGet(() -> reason(e));
    }

    static String reason(Exception e) {
        if (e instanceof java.nio.file.AccessDeniedException) return "permission denied";
        if (e instanceof java.nio.file.NoSuchFileException) return "no such file or folder";
        if (e instanceof java.nio.file.FileSystemException f && f.getReason() != null) return f.getReason().toLowerCase(java.util.Locale.ROOT);
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }
}
