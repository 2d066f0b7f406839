package mqttlab.web;

/** How the projector page connects back: its account (null: anonymous) and the port to serve it on (0: any free one). */
public record ProjectorAccess(String username, String password, int port) { }
