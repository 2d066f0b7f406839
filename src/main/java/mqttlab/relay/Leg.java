package mqttlab.relay;

import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;

/** The thin Netty adapter of one leg: the client's ({@code clientSide}) or the broker's, into its {@link RelayedConnection}. */
final class Leg extends ChannelInboundHandlerAdapter {
    private final RelayedConnection connection;
    private final boolean clientSide;

    Leg(RelayedConnection connection, boolean clientSide) {
        this.connection = connection;
        this.clientSide = clientSide;
    }

    @Override
    public void channelActive(ChannelHandlerContext ctx) {
        if (clientSide) connection.opened();
        ctx.fireChannelActive();
    }

    @Override
    public void channelRead(ChannelHandlerContext ctx, Object msg) {
        if (clientSide) connection.fromClient(msg);
        else connection.fromUpstream(msg);
    }

    /** The end of what one read gave: what it forwarded goes out in one flush (not one per packet). */
    @Override
    public void channelReadComplete(ChannelHandlerContext ctx) {
        connection.readComplete(clientSide);
        ctx.fireChannelReadComplete();
    }

    /** The other leg may read again once this one drains (and must stop while it cannot keep up). */
    @Override
    public void channelWritabilityChanged(ChannelHandlerContext ctx) {
        connection.writabilityChanged(clientSide);
        ctx.fireChannelWritabilityChanged();
    }

    @Override
    public void channelInactive(ChannelHandlerContext ctx) {
        if (clientSide) connection.clientClosed();
        else connection.upstreamClosed();
    }

    @Override
    public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
        // a reset connection, or a TLS failure towards the broker (the link reports it): close this leg
        if (!clientSide) connection.upstreamFailed(cause);
        ctx.close();
    }
}
