package mqttlab.web;

import com.google.gson.Gson;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import mqttlab.broker.net.HttpPages;

/**
 * The projector page's files, all from the jar (classrooms are often offline): the page, its script
 * and style, MQTT.js (vendored from npm, see {@code vendor/README.md}) and uPlot (its webjar), and
 * {@code /config.json}. The account in the config goes only to a browser on this machine.
 */
public final class ProjectorPages implements HttpPages {
    private static final String HTML = "text/html; charset=utf-8";
    private static final String JS = "text/javascript; charset=utf-8";
    private static final String CSS = "text/css; charset=utf-8";
    private static final String UPLOT = "META-INF/resources/webjars/uplot/1.6.30/";

    /** Path on the page's server → (resource on the class path, media type). */
    static final Map<String, String[]> FILES = Map.of(
            "/", new String[] {"mqttlab/web/index.html", HTML},
            "/index.html", new String[] {"mqttlab/web/index.html", HTML},
            "/app.js", new String[] {"mqttlab/web/app.js", JS},
            "/app.css", new String[] {"mqttlab/web/app.css", CSS},
            "/vendor/mqtt.min.js", new String[] {"mqttlab/web/vendor/mqtt/mqtt.min.js", JS},
            "/vendor/uPlot.iife.min.js", new String[] {UPLOT + "dist/uPlot.iife.min.js", JS},
            "/vendor/uPlot.min.css", new String[] {UPLOT + "dist/uPlot.min.css", CSS});

    private static final Map<String, byte[]> CACHE = new ConcurrentHashMap<>();
    private static final Gson GSON = new Gson();

    private final Supplier<PageConfig> config;

    public ProjectorPages(Supplier<PageConfig> config) { this.config = config; }

    @Override
    public Page get(String path, boolean loopback) {
        if (path.equals("/config.json")) {
            PageConfig c = config.get();
            return new Page("application/json; charset=utf-8", GSON.toJson(loopback ? c : c.withoutAccount()).getBytes(StandardCharsets.UTF_8));
        }
        String[] f = FILES.get(path);
        return f == null ? null : new Page(f[1], CACHE.computeIfAbsent(f[0], ProjectorPages::read));
    }

    static byte[] read(String resource) {
        try (InputStream in = ProjectorPages.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) throw new IllegalStateException("missing from the jar: " + resource);
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
