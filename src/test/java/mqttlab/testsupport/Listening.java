package mqttlab.testsupport;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;

/** Whether something accepts connections on a loopback port: what a test waits for after starting a server process. */
public final class Listening {
    private Listening() { }

    /** True when a TCP connection to 127.0.0.1:{@code port} is accepted now. */
    public static boolean on(int port) {
        try (Socket s = new Socket()) {
            s.connect(new InetSocketAddress("127.0.0.1", port), 200);
            return true;
        } catch (IOException notYet) {
            return false;
        }
    }
}
