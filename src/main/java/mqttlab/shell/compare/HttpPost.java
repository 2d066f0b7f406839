package mqttlab.shell.compare;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/**
 * One reading sent as an HTTP POST, for real: a tiny web endpoint on 127.0.0.1, Java's HTTP client
 * posting to it through a {@link RecordingRelay}, so the exact request and response bytes are known.
 */
final class HttpPost {
    /** What crossed the wire: the request the client sent and the response the server gave. */
    record Exchange(String url, byte[] request, byte[] response, int status) { }

    private HttpPost() { }

    static Exchange send(String path, String value) throws IOException, InterruptedException {
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", exchange -> {
            exchange.getRequestBody().readAllBytes();
            exchange.sendResponseHeaders(204, -1); // stored, nothing to say back
            exchange.close();
        });
        server.start();
        try (RecordingRelay relay = new RecordingRelay(server.getAddress().getPort())) {
            String url;
            try {
                url = new URI("http", null, "127.0.0.1", relay.port(), "/" + path, null, null).toASCIIString();
            } catch (java.net.URISyntaxException e) {
                throw new IllegalArgumentException("'" + path + "' cannot be a URL path: " + e.getMessage());
            }
            HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5)).build();
            HttpRequest request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(5))
                    .header("Content-Type", "text/plain")
                    .POST(HttpRequest.BodyPublishers.ofString(value, StandardCharsets.UTF_8)).build();
            HttpResponse<Void> response = client.send(request, HttpResponse.BodyHandlers.discarding());
            byte[] got = waitForResponse(relay);
            return new Exchange(url, relay.sent(), got, response.statusCode());
        } finally {
            server.stop(0);
        }
    }

    /** The client has its answer once the relay has passed it on; wait until the recording has it whole. */
    private static byte[] waitForResponse(RecordingRelay relay) throws InterruptedException {
        byte[] got = relay.received();
        for (int i = 0; i < 50 && !new String(got, StandardCharsets.ISO_8859_1).contains("\r\n\r\n"); i++) {
            Thread.sleep(10);
            got = relay.received();
        }
        return got;
    }
}
