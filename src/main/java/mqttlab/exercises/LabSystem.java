package mqttlab.exercises;

import java.util.List;
import java.util.function.Consumer;
import mqttlab.broker.RetainedInfo;
import mqttlab.broker.tap.TapEvent;

/**
 * What graders need of the running lab: the broker's address, its packet tap, its retained store,
 * and the building. The lead binds this to {@code mqttlab.broker.Broker} and the building at merge
 * time; tests bind it to Debian's mosquitto behind a recording proxy.
 */
public interface LabSystem extends AutoCloseable {

    String host();

    int port();

    /**
     * Every packet in and out of the broker, with client id, decoded packet and bytes (the broker's
     * {@code tap().listen}). Close the result to stop listening.
     * @throws LabUnavailableException when this broker has no tap (a remote broker)
     */
    AutoCloseable onPacket(Consumer<TapEvent> listener);

    /** The retained messages the broker holds now. */
    List<RetainedInfo> retained();

    /** The simulated building. @throws LabUnavailableException when there is none */
    BuildingControl building();

    /**
     * The simulated building's topics; where they are known from its configuration, without waiting for it
     * to start (JShell's {@code topics}, right after the prompt). @throws LabUnavailableException when there is none
     */
    default List<String> buildingTopics() {
        return building().topics();
    }

    /** True for the lab's own clients (the building's sensors and units, observers), which graders ignore. */
    boolean isInternalClient(String clientId);

    /** Closes a client's connection without a DISCONNECT, as a cut cable would (its will fires). */
    boolean cut(String clientId);

    @Override
    default void close() {
    }
}
