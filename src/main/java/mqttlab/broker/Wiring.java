package mqttlab.broker;

import mqttlab.broker.connect.ConnectHandler;
import mqttlab.broker.connect.DisconnectHandler;
import mqttlab.broker.connect.SessionTakeover;
import mqttlab.broker.connection.PacketDispatcher;
import mqttlab.broker.flow.Backpressure;
import mqttlab.broker.flow.Drops;
import mqttlab.broker.persist.Persistence;
import mqttlab.broker.publish.PublishHandler;
import mqttlab.broker.publish.Router;
import mqttlab.broker.qos.OutboundFlow;
import mqttlab.broker.subscribe.SubscribeHandler;
import mqttlab.broker.subscribe.UnsubscribeHandler;
import mqttlab.broker.will.WillPublisher;

/** The protocol handlers, built once by constructor and shared by every connection. */
final class Wiring {
    final Backpressure backpressure;
    final OutboundFlow outbound;
    final Router router;
    final WillPublisher wills;
    final SessionTakeover takeover;
    final DisconnectHandler disconnect;
    final PacketDispatcher dispatcher;
    final Persistence persistence;

    Wiring(BrokerContext ctx) {
        backpressure = new Backpressure(ctx, new Drops(ctx));
        outbound = new OutboundFlow(ctx, backpressure);
        router = new Router(ctx, outbound);
        wills = new WillPublisher(ctx, router);
        takeover = new SessionTakeover(ctx, wills, backpressure);
        disconnect = new DisconnectHandler(ctx, wills, takeover, backpressure);
        dispatcher = new PacketDispatcher(ctx, new ConnectHandler(ctx, outbound, takeover), disconnect,
                new PublishHandler(ctx, router), outbound, new SubscribeHandler(ctx, outbound), new UnsubscribeHandler(ctx));
        persistence = new Persistence(ctx, takeover);
    }

    void shutdown() {
        persistence.cancelAutosave();
    }
}
