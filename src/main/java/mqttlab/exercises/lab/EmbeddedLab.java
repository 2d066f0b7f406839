package mqttlab.exercises.lab;

import static mqttlab.text.Text.t;

import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;
import mqttlab.broker.Broker;
import mqttlab.broker.BrokerView;
import mqttlab.broker.log.BrokerLog;
import mqttlab.relay.Relay;
import mqttlab.relay.Upstream;
import mqttlab.broker.RetainedInfo;
import mqttlab.broker.config.BrokerConfig;
import mqttlab.broker.tap.TapEvent;
import mqttlab.building.BrokerAddress;
import mqttlab.building.Building;
import mqttlab.building.BuildingConfig;
import mqttlab.exercises.BuildingControl;
import mqttlab.exercises.LabSystem;
import mqttlab.exercises.LabUnavailableException;
import mqttlab.protocol.packet.Connect;

/**
 * The lab's own broker (or the relay in front of another broker) and building as graders see them.
 * {@link #startPrivate()} starts both on 127.0.0.1 and a free port for one `mqttlab check`;
 * {@link #startRelayed} does the same with a relay in front of an external broker; {@link #over} wraps
 * the shell's running broker and building (which it does not stop on {@link #close()}).
 */
public final class EmbeddedLab implements LabSystem {
    private final BrokerView broker;
    private final Supplier<Building> building;
    private final BuildingConfig buildingConfig;
    private final AutoCloseable owned;

    private EmbeddedLab(BrokerView broker, Supplier<Building> building, BuildingConfig buildingConfig, AutoCloseable owned) {
        this.broker = broker;
        this.building = building;
        this.buildingConfig = buildingConfig;
        this.owned = owned;
    }

    /** The shell's lab: {@code building} may throw (none running) or be null (--no-building). */
    public static EmbeddedLab over(BrokerView broker, Supplier<Building> building, BuildingConfig config) {
        return new EmbeddedLab(broker, building, config, null);
    }

    /**
     * A relay on 127.0.0.1 and a free port in front of {@code upstream}, and a building that connects
     * through it, for one check; closing the lab stops both.
     * @throws LabUnavailableException when the broker does not answer
     */
    public static EmbeddedLab startRelayed(Upstream upstream) {
        Relay r = Relay.start(upstream, 0, BrokerLog.silent(), java.time.Clock.systemUTC(), null, null);
        if (!r.link().up()) {   // nothing to grade against: say so in one line rather than time out
            String why = r.link().reason();
            r.close();
            throw new LabUnavailableException(t("check.broker.unreachable", upstream.url(), why));
        }
        try {
            BuildingConfig config = BuildingConfig.defaults();
            Building building = Building.start(config, BrokerAddress.of("127.0.0.1", r.port()));
            return new EmbeddedLab(r, () -> building, config, () -> {
                try {
                    building.stop();
                } finally {
                    r.close();
                }
            });
        } catch (RuntimeException e) {
            r.close();
            throw e;
        }
    }

    /** A private broker and building for one check; closing the lab stops both. */
    public static EmbeddedLab startPrivate() {
        Broker b = Broker.start(BrokerConfig.defaults().withDefaultPort(0).withoutLogDestinations());
        try {
            BuildingConfig config = BuildingConfig.defaults();
            Building building = Building.start(config, BrokerAddress.of("127.0.0.1", b.port()));
            return new EmbeddedLab(b, () -> building, config, () -> {
                try {
                    building.stop();
                } finally {
                    b.stop();
                }
            });
        } catch (RuntimeException e) {
            b.stop();
            throw e;
        }
    }

    public BrokerView broker() { return broker; }

    @Override
    public String host() { return "127.0.0.1"; }

    @Override
    public int port() { return broker.port(); }

    @Override
    public AutoCloseable onPacket(Consumer<TapEvent> listener) { return broker.tap().listen(e -> listener.accept(named(e))); }

    /** The broker's tap has no client id on a CONNECT yet: graders read it from the packet. */
    private static TapEvent named(TapEvent e) {
        if (e.clientId() != null || !(e.packet() instanceof Connect c)) return e;
        return new TapEvent(e.seq(), e.time(), e.direction(), c.clientId(), e.remoteAddress(), e.version(), e.packet(), e.bytes(), e.aliasTopic());
    }

    /** The running building itself (to change its speed, say); throws when there is none. */
    public Building liveBuilding() {
        if (building == null) throw new LabUnavailableException(t("check.no.building.start"));
        return building.get();
    }

    @Override
    public List<RetainedInfo> retained() { return broker.retained(); }

    @Override
    public BuildingControl building() {
        if (building == null || buildingConfig == null) throw new LabUnavailableException(t("check.no.building.start"));
        return new DayRunner(building.get(), buildingConfig);
    }

    @Override
    public List<String> buildingTopics() {
        if (building == null || buildingConfig == null) throw new LabUnavailableException(t("check.no.building.start"));
        return DayRunner.topics(buildingConfig);   // building.get() would wait for its clients to connect
    }

    @Override
    public boolean isInternalClient(String clientId) {
        if (clientId == null) return false;
        if (clientId.startsWith("mqttlab-") || clientId.equals(mqttlab.building.Controller.CLIENT_ID)) return true;
        if (buildingConfig == null) return false;
        for (String room : buildingConfig.rooms()) {
            if (clientId.equals("ac-" + room)) return true;
            for (int i = 1; i <= buildingConfig.sensorsPerRoom(); i++) if (clientId.equals("sensor-" + room + "-" + i)) return true;
        }
        return false;
    }

    @Override
    public boolean cut(String clientId) { return broker.cut(clientId); }

    @Override
    public void close() {
        if (owned == null) return;
        try {
            owned.close();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
