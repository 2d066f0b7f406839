package mqttlab.bench;

/** What `mqttlab bench` measures. */
public enum Scenario {
    /** P publishers, each on its own topic, into one subscriber on a wildcard filter. */
    FANIN,
    /** One publisher (or P) into S subscribers of the same topic. */
    FANOUT,
    /** C idle connections held open: does the broker keep them, and what do they cost it. */
    CONNS;

    public String label() { return name().toLowerCase(); }
}
