package mqttlab.web;

import static org.junit.jupiter.api.Assertions.*;

import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import mqttlab.broker.Broker;
import mqttlab.broker.config.BrokerConfig;
import mqttlab.broker.net.HttpPages;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The broker's websockets listener serves the projector page's files from the jar, and only those. */
class ProjectorPagesTest {
    private static PageConfig config() {
        return new PageConfig("ko", "projector", "secret", "building",
                List.of(new PageConfig.Room("125", List.of("sensor1"))), true, PageText.both());
    }

    @Test
    @DisplayName("GET / , the script, MQTT.js and uPlot come from the jar with a no-inline-script policy; an unknown path is 404; "
            + "a POST is 405; the account goes to this machine only")
    void servesThePage() throws Exception {
        Broker broker = Broker.start(BrokerConfig.defaults().withDefaultPort(0).withoutLogDestinations());
        try {
            broker.serve(new ProjectorPages(ProjectorPagesTest::config));
            InetSocketAddress at = broker.openWeb(new InetSocketAddress("127.0.0.1", 0));
            HttpClient http = HttpClient.newHttpClient();
            String base = "http://127.0.0.1:" + at.getPort();
            HttpResponse<String> page = http.send(HttpRequest.newBuilder(URI.create(base + "/")).build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(200, page.statusCode());
            assertTrue(page.headers().firstValue("content-type").orElse("").startsWith("text/html"), page.headers().toString());
            assertTrue(page.headers().firstValue("content-security-policy").orElse("").contains("script-src 'self'"));
            assertTrue(page.body().contains("/vendor/mqtt.min.js") && page.body().contains("/vendor/uPlot.iife.min.js"), page.body());
            for (String f : List.of("/app.js", "/app.css", "/vendor/mqtt.min.js", "/vendor/uPlot.iife.min.js", "/vendor/uPlot.min.css")) {
                HttpResponse<byte[]> r = http.send(HttpRequest.newBuilder(URI.create(base + f)).build(), HttpResponse.BodyHandlers.ofByteArray());
                assertEquals(200, r.statusCode(), f);
                assertTrue(r.body().length > 100, f);
            }
            assertEquals(404, http.send(HttpRequest.newBuilder(URI.create(base + "/../etc/passwd")).build(), HttpResponse.BodyHandlers.discarding()).statusCode());
            assertEquals(404, http.send(HttpRequest.newBuilder(URI.create(base + "/nope")).build(), HttpResponse.BodyHandlers.discarding()).statusCode());
            assertEquals(405, http.send(HttpRequest.newBuilder(URI.create(base + "/")).POST(HttpRequest.BodyPublishers.ofString("x")).build(),
                    HttpResponse.BodyHandlers.discarding()).statusCode());
            String cfg = http.send(HttpRequest.newBuilder(URI.create(base + "/config.json")).build(), HttpResponse.BodyHandlers.ofString()).body();
            assertTrue(cfg.contains("\"password\":\"secret\""), cfg);       // this machine
            assertTrue(cfg.contains("\"tab.building\":\"빌딩\""), cfg);       // the catalogue's words, both languages
            assertTrue(cfg.contains("\"tab.building\":\"Building\""), cfg);
            HttpPages.Page far = new ProjectorPages(ProjectorPagesTest::config).get("/config.json", false);
            assertFalse(new String(far.body(), StandardCharsets.UTF_8).contains("secret"));
        } finally {
            broker.stop();
        }
    }

    @Test
    @DisplayName("every page.* key the page uses is in the catalogue in both languages")
    void pageWords() throws Exception {
        Map<String, Map<String, String>> text = PageText.both();
        String js = new String(ProjectorPages.read("mqttlab/web/app.js"), StandardCharsets.UTF_8)
                + new String(ProjectorPages.read("mqttlab/web/index.html"), StandardCharsets.UTF_8);
        var m = java.util.regex.Pattern.compile("(?:\\bt\\('|data-t=\")([a-z]+(?:\\.[a-z]+)+)['\"]").matcher(js);
        int found = 0;
        while (m.find()) {
            found++;
            assertTrue(text.get("en").containsKey(m.group(1)), "en lacks page." + m.group(1));
            assertTrue(text.get("ko").containsKey(m.group(1)), "ko lacks page." + m.group(1));
        }
        assertTrue(found > 20, "found " + found);
        assertEquals(text.get("en").keySet(), text.get("ko").keySet());
    }
}
