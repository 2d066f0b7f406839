package mqttlab.shell.building;

import mqttlab.text.Cause;
import static mqttlab.text.Text.t;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import mqttlab.building.Building;
import mqttlab.building.BuildingConfig;
import mqttlab.building.BrokerAddress;
import mqttlab.shell.ShellException;

/**
 * The lecture's building as the shell runs it: started in the background against the lab's broker
 * (embedded or external), so the prompt is not kept waiting; commands wait for it when they need it.
 */
public final class LabBuilding {
    private static final long WAIT_SECONDS = 15;
    private final BuildingConfig config;
    private final BrokerAddress address;   // null: the caller's building, already running
    private final CompletableFuture<Building> started = new CompletableFuture<>();

    private LabBuilding(BuildingConfig config, BrokerAddress address) {
        this.config = config;
        this.address = address;
    }

    /** A building to connect to {@code address} when {@link #start} is called (the shell loop does, once its first session is opening). */
    public static LabBuilding toStart(BuildingConfig config, BrokerAddress address) {
        return new LabBuilding(config, address);
    }

    /**
     * Starts connecting every sensor and A/C unit on a thread of its own, after {@code delayMillis} (so
     * an interactive prompt is not slowed by twelve clients connecting); see {@link #building()}.
     */
    public void start(long delayMillis) {
        Thread t = new Thread(() -> {
            try {
                Thread.sleep(delayMillis);
                started.complete(Building.start(config, address));
            } catch (RuntimeException e) {
                started.completeExceptionally(e);
            } catch (InterruptedException e) {
                started.completeExceptionally(e);
            }
        }, "building-start");
        t.setDaemon(true);
        t.start();
    }

    /** A building that already runs (the classroom's): {@link #stop} is then the caller's business. */
    public static LabBuilding running(Building building) {
        LabBuilding lb = new LabBuilding(building.config(), null);
        lb.started.complete(building);
        return lb;
    }

    public BuildingConfig config() { return config; }

    /** Runs {@code then} with the reason in one line when the building could not start. */
    public void onFailure(java.util.function.Consumer<String> then) {
        started.whenComplete((b, e) -> { if (e != null) then.accept(reason(e)); });
    }

    /** Waits (at most a few seconds) until the building runs; true when it does. */
    public boolean await() {
        try {
            started.get(WAIT_SECONDS, TimeUnit.SECONDS);
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        } catch (ExecutionException | TimeoutException e) {
            return false;
        }
    }

    /** The running building, or a {@link ShellException} that says why there is none. */
    public Building building() {
        try {
            return started.get(WAIT_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ShellException(t("shell.building.not.running", "interrupted"));
        } catch (ExecutionException e) {
            throw new ShellException(t("shell.building.not.running", reason(e.getCause())));
        } catch (TimeoutException e) {
            throw new ShellException(t("shell.building.not.running", "still connecting after " + WAIT_SECONDS + " s"));
        }
    }

    /** The building if it runs now, else null (still connecting, or it failed): for what must not wait. */
    public Building now() {
        return started.isDone() && !started.isCompletedExceptionally() ? started.join() : null;
    }

    /** Stops the building if it runs (its sensors announce offline). */
    public void stop() {
        started.thenAccept(Building::stop); // now if it runs, else as soon as it has started
    }

    private static String reason(Throwable e) {
        return Cause.of(e);
    }
}
