package mqttlab.classroom;

import static mqttlab.text.Text.t;

import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.SocketException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Where students reach the instructor's broker: every non-loopback IPv4 address of this machine. */
public final class ClassroomAddresses {
    private ClassroomAddresses() { }

    /** The addresses for a listener bound to {@code bound}: all interfaces' IPv4s for a wildcard bind, else that one. */
    public static List<String> forListener(InetSocketAddress bound) {
        InetAddress a = bound.getAddress();
        if (a != null && !a.isAnyLocalAddress()) return List.of(a.getHostAddress());
        return machineIpv4();
    }

    public static List<String> machineIpv4() {
        List<String> out = new ArrayList<>();
        try {
            for (NetworkInterface ni : Collections.list(NetworkInterface.getNetworkInterfaces())) {
                if (!ni.isUp() || ni.isLoopback()) continue;
                for (InetAddress ia : Collections.list(ni.getInetAddresses())) {
                    if (ia instanceof Inet4Address && !ia.isLoopbackAddress() && !ia.isLinkLocalAddress()) out.add(ia.getHostAddress());
                }
            }
        } catch (SocketException e) {
            // no interfaces readable: nothing to suggest
        }
        return out;
    }

    /** The lines `mqttlab classroom` prints for students. */
    public static List<String> instructions(List<String> hosts, int port) {
        List<String> out = new ArrayList<>();
        if (hosts.isEmpty()) {
            out.add(t("classroom.addresses.none", port));
            return out;
        }
        boolean loopbackOnly = hosts.stream().allMatch(h -> h.startsWith("127."));
        if (loopbackOnly) out.add(t("classroom.addresses.loopback", hosts.get(0)));
        out.add(t(hosts.size() > 1 ? "classroom.addresses.join.any" : "classroom.addresses.join"));
        for (String h : hosts) out.add("  mqttlab --join " + h + ":" + port + " --user NAME");
        String h = hosts.get(0);
        out.add(t("classroom.addresses.programs"));
        out.add("  mosquitto_sub -h " + h + " -p " + port + " -u NAME -P PASSWORD -t 'students/NAME/#' -v");
        return out;
    }
}
