package mqttlab.shell.probe;

import java.util.Optional;
import java.util.OptionalLong;

/**
 * What {@link BrokerProbe} found at one port: whether an MQTT broker answered (and if not, why), what its
 * {@code $SYS/broker/...} topics say, and whether it can be reached from other machines
 * ({@code remote}: empty when this machine has no network address to try it from).
 */
public record ProbeReport(String host, int port, boolean answered, String failure, Optional<String> version,
                          OptionalLong clientsConnected, OptionalLong subscriptions, OptionalLong publishesReceived,
                          Optional<Boolean> remote, String remoteAddress) {

    public static ProbeReport nothing(String host, int port, String why) {
        return new ProbeReport(host, port, false, why, Optional.empty(), OptionalLong.empty(), OptionalLong.empty(),
                OptionalLong.empty(), Optional.empty(), null);
    }
}
