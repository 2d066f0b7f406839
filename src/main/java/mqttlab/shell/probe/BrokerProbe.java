package mqttlab.shell.probe;

import mqttlab.text.Cause;
import java.io.IOException;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.Socket;
import java.net.SocketException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import mqttlab.client.ClientSettings;
import mqttlab.client.ConnectFailure;
import mqttlab.client.MqttConnection;
import mqttlab.client.WireLog;

/**
 * Looks for an MQTT broker on a port, as a student checks the broker they started in a second terminal:
 * connects (CONNECT/CONNACK), reads the retained {@code $SYS/broker/...} numbers that mosquitto and the
 * lab's broker both publish, disconnects, then tries the same port on this machine's own network
 * address: a broker in local-only mode (mosquitto 2.0 without a listener) refuses there.
 */
public final class BrokerProbe {
    static final List<String> SYS = List.of("$SYS/broker/version", "$SYS/broker/clients/connected",
            "$SYS/broker/subscriptions/count", "$SYS/broker/publish/messages/received");
    private static final long WAIT_MILLIS = 10_000, SYS_MILLIS = 1_500;  // a refused port fails at once; a busy JVM may take seconds to connect

    private BrokerProbe() {}

    public static ProbeReport probe(String host, int port) {
        MqttConnection c = MqttConnection.create(ClientSettings.defaults(host, port).withClientId(mqttlab.client.RetainedProbe.PREFIX + ProcessHandle.current().pid()),
                new WireLog(null, false));
        Map<String, String> sys = new ConcurrentHashMap<>();
        CountDownLatch all = new CountDownLatch(SYS.size());
        c.onMessage(m -> {
            if (sys.putIfAbsent(m.topic(), new String(m.payload(), StandardCharsets.UTF_8)) == null && SYS.contains(m.topic())) all.countDown();
        });
        try {
            c.connect().get(WAIT_MILLIS, TimeUnit.MILLISECONDS);
            c.subscribe(SYS, 0, MqttConnection.SubscribeOptions.DEFAULT).get(WAIT_MILLIS, TimeUnit.MILLISECONDS);
            all.await(SYS_MILLIS, TimeUnit.MILLISECONDS);
        } catch (java.util.concurrent.ExecutionException e) {
            c.kill();
            Throwable t = ConnectFailure.unwrap(e);
            return ProbeReport.nothing(host, port, t instanceof ConnectFailure ? t.getMessage() : Cause.of(t));
        } catch (java.util.concurrent.TimeoutException e) {
            c.kill();
            return ProbeReport.nothing(host, port, mqttlab.text.Text.t("shell.probe.no.connack", WAIT_MILLIS / 1000));
        } catch (InterruptedException e) {
            c.kill();
            Thread.currentThread().interrupt();
            return ProbeReport.nothing(host, port, mqttlab.text.Text.t("shell.probe.interrupted"));
        }
        c.close();
        Optional<InetAddress> own = ownAddress();
        Optional<Boolean> remote = own.map(a -> reachable(a, port));
        return new ProbeReport(host, port, true, null, Optional.ofNullable(sys.get(SYS.get(0))), number(sys.get(SYS.get(1))),
                number(sys.get(SYS.get(2))), number(sys.get(SYS.get(3))), remote, own.map(InetAddress::getHostAddress).orElse(null));
    }

    /** This machine's first IPv4 address that is not loopback: where another machine would connect. */
    public static Optional<InetAddress> ownAddress() {
        try {
            for (NetworkInterface n : Collections.list(NetworkInterface.getNetworkInterfaces())) {
                if (!n.isUp() || n.isLoopback()) continue;
                for (InetAddress a : Collections.list(n.getInetAddresses())) {
                    if (a instanceof Inet4Address && !a.isLoopbackAddress() && !a.isLinkLocalAddress()) return Optional.of(a);
                }
            }
        } catch (SocketException e) {
            return Optional.empty();
        }
        return Optional.empty();
    }

    private static boolean reachable(InetAddress a, int port) {
        try (Socket s = new Socket()) {
            s.connect(new InetSocketAddress(a, port), 1_000);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private static OptionalLong number(String s) {
        if (s == null) return OptionalLong.empty();
        try {
            return OptionalLong.of(Long.parseLong(s.strip()));
        } catch (NumberFormatException e) {
            return OptionalLong.empty();
        }
    }
}
