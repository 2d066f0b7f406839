package mqttlab.broker.connection;

/**
 * Whether the broker reads from a connection: reading stops while any congested subscriber holds
 * this publisher back (auto-read off, so TCP pushes back on the client), and starts again when the
 * last one lets go. Event loop thread only.
 */
public final class ReadHold {
    private final Connection connection;
    private int holders;

    ReadHold(Connection connection) {
        this.connection = connection;
    }

    public void hold() {
        if (holders++ == 0) connection.channel().config().setAutoRead(false);
    }

    public void release() {
        if (holders == 0) return;
        if (--holders == 0) connection.channel().config().setAutoRead(true);
    }

    /** True while reading is stopped: the client's silence is then the broker's doing, not a dead link. */
    public boolean held() { return holders > 0; }
}
