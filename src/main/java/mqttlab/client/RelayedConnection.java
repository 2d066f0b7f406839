package mqttlab.client;

import java.io.IOException;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;

/** What both protocol versions share: the relay, the wire log, the handlers and the lost/closed bookkeeping. */
abstract class RelayedConnection implements MqttConnection {
    protected final ClientSettings settings;
    protected final WireLog wire;
    protected volatile TcpRelay relay;
    protected volatile Consumer<Received> messageHandler = m -> { };
    private volatile Consumer<String> lostHandler = r -> { };
    protected volatile boolean closing;
    protected volatile boolean connected;
    protected volatile String clientId;

    RelayedConnection(ClientSettings settings, WireLog wire) {
        this.settings = settings;
        this.wire = wire;
        this.clientId = settings.clientId();
    }

    @Override public ClientSettings settings() { return settings; }

    @Override public WireLog wire() { return wire; }

    @Override public String clientId() { return clientId; }

    @Override public void onMessage(Consumer<Received> handler) { messageHandler = handler; }

    @Override public void onLost(Consumer<String> handler) { lostHandler = handler; }

    @Override public boolean isConnected() { return connected; }

    /** Opens the relay (blocking: the TCP connect to the broker), then runs the MQTT connect. */
    @Override
    public CompletableFuture<Boolean> connect() {
        return CompletableFuture.supplyAsync(() -> {
            try {
                relay = TcpRelay.open(settings.host(), settings.port(), wire);
                return relay.localPort();
            } catch (IOException e) {
                throw ConnectFailure.network(e);
            }
        }).thenCompose(this::mqttConnect).whenComplete((present, err) -> {
            if (err == null) connected = true;
            else if (relay != null) relay.close();
        });
    }

    protected abstract CompletableFuture<Boolean> mqttConnect(int relayPort);

    /** Called by the client library's disconnected listener. */
    protected void disconnected(Throwable cause) {
        boolean wasConnected = connected;
        connected = false;
        if (relay != null) relay.close();
        if (!closing && wasConnected) {
            // the two ends a person meets most in the lab's words; anything else as the client library says it
            String why = cause == null ? mqttlab.text.Text.t("client.lost.closed")
                    : cause instanceof com.hivemq.client.mqtt.exceptions.ConnectionClosedException ? mqttlab.text.Text.t("client.lost.no.disconnect")
                    : cause instanceof com.hivemq.client.mqtt.mqtt5.exceptions.Mqtt5DisconnectException d
                    ? mqttlab.text.Text.t("client.lost.disconnect", mqttlab.protocol.packet.ReasonCode.shown(d.getMqttMessage().getReasonCode().getCode(),
                            mqttlab.protocol.packet.PacketType.DISCONNECT))
                    : cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
            lostHandler.accept(why);
        }
    }

    @Override
    public void kill() {
        closing = true;
        connected = false;
        if (relay != null) relay.cut();
    }

    protected void markClosing() { closing = true; }
}
