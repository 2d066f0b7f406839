package mqttlab.broker.net;

/**
 * What a websockets listener answers to a plain HTTP GET, the way mosquitto's {@code http_dir} serves
 * files beside MQTT over WebSocket: the lab's projector page. A request that asks to upgrade to a
 * WebSocket never comes here; it becomes an MQTT connection.
 */
@FunctionalInterface
public interface HttpPages {
    /** No pages: every plain GET is answered 404. */
    HttpPages NONE = (path, loopback) -> null;

    /**
     * The page at {@code path} (the request's path, without query), or null for 404.
     * {@code loopback} tells whether the request came from this machine.
     */
    Page get(String path, boolean loopback);

    /** A page's bytes and their media type (e.g. {@code text/html; charset=utf-8}). */
    record Page(String contentType, byte[] body) { }
}
