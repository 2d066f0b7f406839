package mqttlab.broker.auth;

/**
 * One {@code topic} or {@code pattern} line of an ACL file. {@code access} is a bit set of
 * {@link #READ} and {@link #WRITE}; 0 is {@code deny}, which wins over any allow.
 */
record AclRule(String topic, int access, boolean pattern, int line) {
    static final int DENY = 0;
    static final int READ = 1;
    static final int WRITE = 2;

    boolean deny() { return access == DENY; }

    boolean usesClientId() { return pattern && hasLevel("%c"); }

    boolean usesUsername() { return pattern && hasLevel("%u"); }

    private boolean hasLevel(String token) {
        for (String level : topic.split("/", -1)) if (level.equals(token)) return true;
        return false;
    }

    /** The pattern with whole-level {@code %c} and {@code %u} replaced, as mosquitto does ({@code %count} stays). */
    String substitute(String clientId, String username) {
        String[] levels = topic.split("/", -1);
        for (int i = 0; i < levels.length; i++) {
            if (levels[i].equals("%c")) levels[i] = clientId;
            else if (levels[i].equals("%u")) levels[i] = username;
        }
        return String.join("/", levels);
    }
}
