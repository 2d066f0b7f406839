package mqttlab.building;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * The simulated building, live: the {@link BuildingModel} stepped by a {@link SimClock} on one
 * thread, every sensor and A/C unit a real MQTT client of the broker at the given address, and,
 * when switched on, the lecture's management application ({@link Controller}). Thread-safe.
 */
public final class Building implements AutoCloseable {

    /** How often the clock thread advances the model in real time. */
    static final long TICK_MILLIS = 50;
    private static final int REJECTIONS_KEPT = 100;

    private final BuildingConfig config;
    private final BrokerAddress address;
    private final BuildingModel model;
    private final SimClock clock;
    private final List<Consumer<BuildingEvent>> listeners = new CopyOnWriteArrayList<>();
    private final Deque<BuildingEvent.CommandRejected> rejections = new ArrayDeque<>();
    private final ScheduledExecutorService ticker;
    private final BuildingRun run = new BuildingRun();
    private volatile BuildingClients clients;
    private final Object controllerLock = new Object();
    private volatile Controller controller;

    private Building(BuildingConfig config, BrokerAddress address, double speed) {
        this.config = config;
        this.address = address;
        this.model = new BuildingModel(config);
        this.clock = SimClock.realTime(speed, TICK_MILLIS);
        this.ticker = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "building-clock");
            t.setDaemon(true);
            return t;
        });
    }

    /** Connects every sensor and A/C unit and starts the clock at speed 1; throws {@link BuildingStartException}. */
    public static Building start(BuildingConfig config, BrokerAddress address) {
        return start(config, address, 1.0, null);
    }

    /** As {@link #start(BuildingConfig, BrokerAddress)}, at a speed and with a first listener that sees the connections. */
    public static Building start(BuildingConfig config, BrokerAddress address, double speed, Consumer<BuildingEvent> listener) {
        Building b = new Building(config, address, speed);
        if (listener != null) b.listeners.add(listener);
        b.clients = new BuildingClients(config, address, b::emit, b::acOn);
        b.clients.connect(b::command);
        b.clock.reset();
        b.ticker.scheduleAtFixedRate(b::tick, TICK_MILLIS, TICK_MILLIS, TimeUnit.MILLISECONDS);
        return b;
    }

    public static Building start(BuildingConfig config, String host, int port) {
        return start(config, BrokerAddress.of(host, port));
    }

    private void tick() {
        try {
            List<Reading> readings;
            synchronized (this) {
                readings = model.advance(run.clamp(clock.tick(), model.elapsed()), run);
            }
            for (Reading r : clients.publish(readings)) emit(new BuildingEvent.ReadingPublished(r));
        } catch (RuntimeException e) {
            emit(new BuildingEvent.Failure("the building clock stumbled: " + e));
        }
    }

    /** A message on a unit's {@code ac/set} topic (called by the A/C clients). */
    private void command(String room, String topic, String payload) {
        var on = AcUnitClient.parse(payload);
        if (on.isEmpty()) {
            BuildingEvent.CommandRejected r;
            synchronized (this) {
                r = new BuildingEvent.CommandRejected(room, topic, payload, AcUnitClient.whyRejected(payload), model.elapsed());
                if (rejections.size() == REJECTIONS_KEPT) rejections.removeFirst();
                rejections.addLast(r);
            }
            emit(r);
            return;
        }
        switchAc(room, on.get());
    }

    private void switchAc(String room, boolean on) {
        Duration at;
        synchronized (this) {
            if (!model.setAc(room, on)) return;
            at = model.elapsed();
        }
        clients.publishAcState(room, on);
        emit(new BuildingEvent.AcSwitched(room, on, at));
    }

    private synchronized boolean acOn(String room) {
        return model.acOn(room);
    }

    private void emit(BuildingEvent event) {
        for (Consumer<BuildingEvent> l : listeners) {
            try {
                l.accept(event);
            } catch (RuntimeException ignored) {
                // a listener's failure must not stop the building
            }
        }
    }

    public void addListener(Consumer<BuildingEvent> listener) { listeners.add(listener); }

    public void removeListener(Consumer<BuildingEvent> listener) { listeners.remove(listener); }

    public BuildingConfig config() { return config; }

    public BrokerAddress address() { return address; }

    public void pause() { clock.pause(); }

    public void resume() { clock.resume(); }

    /** {@code speed 60}: a simulated minute per real second. */
    public void speed(double speed) { clock.speed(speed); }

    public double speed() { return clock.speed(); }

    public boolean paused() { return clock.paused(); }

    /** Holds the outside temperature at a value until {@link #outsideCurve()} or {@link #reset()}. */
    public synchronized void outside(double celsius) { model.outside(celsius); }

    /** Back to the configured daily outside curve. */
    public synchronized void outsideCurve() { model.outside(null); }

    /** Puts a room at a temperature at once ({@code building set 125 30}); unknown rooms throw. */
    public synchronized void set(String room, double celsius) { model.set(room, celsius); }

    /** Back to the start: the seed's rooms at the start time, every A/C OFF (announced), no override. */
    public void reset() {
        List<String> wereOn = new ArrayList<>();
        synchronized (this) {
            for (String room : model.rooms()) if (model.acOn(room)) wereOn.add(room);
            model.reset();
            clock.reset();
        }
        for (String room : wereOn) {
            clients.publishAcState(room, false);
            emit(new BuildingEvent.AcSwitched(room, false, Duration.ZERO));
        }
    }

    /**
     * Pulls a sensor's plug: it stops reconnecting. Cut its connection at the broker
     * ({@code Broker.cut(clientId)}) and its will announces {@code offline}; returns the client id.
     */
    public String unplug(String room, String sensor) {
        SensorClient s = clients.sensor(room, sensor);
        s.unplug();
        return s.clientId;
    }

    /** Plugs a sensor back in: it reconnects and announces {@code online}. */
    public void plug(String room, String sensor) {
        clients.sensor(room, sensor).plug();
    }

    /** Switches the built-in management application on or off; throws {@link BuildingStartException}. */
    public void controller(boolean on) {
        synchronized (controllerLock) { // not the building's lock: connecting may take a while
            if (on && controller == null) controller = Controller.start(address, config.topics(), config.controller(), this::emit);
            if (!on && controller != null) {
                controller.close();
                controller = null;
            }
        }
    }

    public boolean controllerOn() { return controller != null; }

    /** The last commands the A/C units rejected, oldest first (at most 100). */
    public synchronized List<BuildingEvent.CommandRejected> rejections() { return List.copyOf(rejections); }

    public synchronized BuildingSnapshot snapshot() {
        return new BuildingSnapshot(model.timeOfDay(), model.elapsed(), clock.speed(), clock.paused(), model.outside(),
                model.outsideOverridden(), controller != null, address.toString(),
                model.snapshot(clients::sensorsOnline, clients::acOnline));
    }

    /**
     * Runs {@code simulated} time at {@code speed} (resuming if paused), blocking, and reports how
     * comfortable the rooms were. Whatever controls the A/C (a student's program, the built-in
     * controller) acts over MQTT meanwhile. Afterwards speed and pause are as before.
     */
    public ComfortReport runFor(Duration simulated, double speed, ProgressListener progress) throws InterruptedException {
        return run.runFor(this, simulated, speed, progress);
    }

    SimClock clock() { return clock; }

    BuildingModel model() { return model; }

    /** Stops the clock, the controller and every client (sensors announce {@code offline}). */
    public void stop() {
        ticker.shutdownNow();
        try {
            ticker.awaitTermination(2, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        controller(false);
        clients.stop();
    }

    @Override
    public void close() { stop(); }
}
