package mqttlab.shell;

/** How `mqttlab shell` was started. {@code brokerUrl} null: start the embedded broker on {@code port}. */
public record ShellOptions(String brokerUrl, String user, String password, int port, String lang, boolean noBuilding) {
    public static ShellOptions defaults() {
        return new ShellOptions(null, null, null, 1883, null, false);
    }
}
