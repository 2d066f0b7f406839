package mqttlab.broker;

import mqttlab.broker.auth.ListenerAccess;
import mqttlab.broker.connect.ConnectHandler;
import mqttlab.broker.connect.DisconnectHandler;
import mqttlab.broker.connect.SessionTakeover;
import mqttlab.broker.connection.Connection;
import mqttlab.broker.flow.Backpressure;
import mqttlab.broker.flow.Drops;
import mqttlab.broker.net.ChannelAdapter;
import mqttlab.broker.net.PacketDispatcher;
import mqttlab.broker.persist.PersistedState;
import mqttlab.broker.persist.Persistence;
import mqttlab.broker.publish.PublishHandler;
import mqttlab.broker.retain.RetainedOwners;
import mqttlab.broker.publish.Router;
import mqttlab.broker.qos.OutboundFlow;
import mqttlab.broker.subscribe.SubscribeHandler;
import mqttlab.broker.subscribe.UnsubscribeHandler;
import mqttlab.broker.will.WillPublisher;

/**
 * The protocol handlers, built once by constructor and shared by every connection. Each takes only
 * the parts of {@link BrokerContext} it uses, so no package below the root reaches back into it.
 */
final class Wiring {
    private final BrokerContext ctx;
    private final Connection.Shared shared;
    final Backpressure backpressure;
    final OutboundFlow outbound;
    final Router router;
    final WillPublisher wills;
    final SessionTakeover takeover;
    final DisconnectHandler disconnect;
    final PacketDispatcher dispatcher;
    final Persistence persistence;

    Wiring(BrokerContext ctx) {
        this.ctx = ctx;
        shared = new Connection.Shared(ctx.tap, ctx.faults, ctx.counters, ctx.log, ctx.flusher, ctx.clock);
        backpressure = new Backpressure(ctx::config, ctx.log, ctx.sessions, ctx.loop, ctx.clock,
                new Drops(ctx.log, ctx.tap, ctx.counters, ctx.clock));
        outbound = new OutboundFlow(ctx::config, ctx.log, ctx.counters, ctx.clock, backpressure);
        router = new Router(ctx.sessions, ctx.subscriptions, ctx.retained, outbound);
        wills = new WillPublisher(ctx.loop, ctx.clock, router);
        takeover = new SessionTakeover(ctx.log, ctx.sessions, ctx.subscriptions, wills, backpressure);
        disconnect = new DisconnectHandler(ctx::config, ctx.log, ctx.sessions, ctx.loop, ctx.clock, wills, takeover, backpressure);
        ConnectHandler connect = new ConnectHandler(ctx::config, ctx.log, ctx.sessions, ctx.counters, ctx.clock, ctx.admission,
                outbound, takeover);
        dispatcher = new PacketDispatcher(ctx::config, ctx.log, connect, disconnect,
                new PublishHandler(ctx::config, ctx.log, ctx.counters, ctx.clock, router, ctx.admission::retainedLimit,
                        new RetainedOwners<>(ctx.retained, m -> m.payload().length)), outbound,
                new SubscribeHandler(ctx.log, ctx.subscriptions, ctx.retained, outbound, ctx.sessions, ctx.admission::subscriptionLimit),
                new UnsubscribeHandler(ctx.log, ctx.subscriptions));
        persistence = new Persistence(ctx::config, ctx.log, ctx.loop, ctx.clock,
                new PersistedState(ctx.sessions, ctx.subscriptions, ctx.retained), takeover);
    }

    /** The Netty handler for one new connection on a listener with {@code access}. */
    ChannelAdapter adapter(ListenerAccess access) {
        return new ChannelAdapter(shared, ctx::config, ctx.idle, dispatcher, disconnect, access);
    }

    void shutdown() {
        persistence.cancelAutosave();
    }
}
