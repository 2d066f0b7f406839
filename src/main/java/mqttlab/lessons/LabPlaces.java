package mqttlab.lessons;

/**
 * Where this student's lab is, for the commands a lesson shows: {@code {{host}}} and {@code {{port}}}
 * are the lab broker's address, {@code {{altport}}} a free port for a second broker the student starts
 * (lesson 11). Lessons are written with the placeholders, and the text is filled in before it is
 * rendered, so every command on screen runs as shown. Check lines are filled in the same way.
 */
public record LabPlaces(String host, int port, int altport) {
    /** mosquitto's defaults: what a lesson shows before the shell knows better. */
    public static final LabPlaces DEFAULT = new LabPlaces("127.0.0.1", 1883, 1884);

    public LabPlaces {
        if (host == null || host.isBlank()) throw new IllegalArgumentException("host");
        if (port < 1 || port > 65535 || altport < 1 || altport > 65535) throw new IllegalArgumentException("port");
    }

    /** The text with every placeholder replaced. */
    public String fill(String text) {
        if (text.indexOf("{{") < 0) return text;
        return text.replace("{{host}}", host).replace("{{port}}", String.valueOf(port)).replace("{{altport}}", String.valueOf(altport));
    }

    /** For a lab on {@code host:port}: the next port above it that nothing listens on, as {@code altport}. */
    public static LabPlaces around(String host, int port) {
        for (int p = port + 1; p < Math.min(65536, port + 200); p++) {
            if (free(p)) return new LabPlaces(host, port, p);
        }
        try (java.net.ServerSocket s = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return new LabPlaces(host, port, s.getLocalPort());
        } catch (java.io.IOException e) {
            return new LabPlaces(host, port, port == 65535 ? 1884 : port + 1);
        }
    }

    private static boolean free(int port) {
        try (java.net.ServerSocket s = new java.net.ServerSocket()) {
            s.setReuseAddress(false);
            s.bind(new java.net.InetSocketAddress("0.0.0.0", port), 1);
            return true;
        } catch (java.io.IOException e) {
            return false;
        }
    }
}
