package mqttlab.broker.net;

/** Names of the pipeline handlers that are added or removed while a connection lives. */
public final class HandlerNames {
    /** Closes a connection that does not send CONNECT in time; removed on CONNECT. */
    public static final String CONNECT_TIMEOUT = "connect-timeout";
    /** 1.5 × keep alive without a packet closes the connection; added on CONNECT. */
    public static final String KEEP_ALIVE = "keep-alive";

    private HandlerNames() { }
}
