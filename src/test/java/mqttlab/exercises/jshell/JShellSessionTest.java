package mqttlab.exercises.jshell;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import mqttlab.broker.Broker;
import mqttlab.broker.config.BrokerConfig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(60)
class JShellSessionTest {

    @Test
    void aConnectedClientThrowsAndLoopsAreSurvivable() throws Exception {
        try (Broker broker = Broker.start(BrokerConfig.defaults().withDefaultPort(0).withoutLogDestinations());
             JShellSession js = new JShellSession("127.0.0.1", broker.port(), List.of("building/125/sensor1/temperature"))) {
            List<String> problems = js.warm().get(60, TimeUnit.SECONDS);
            assertTrue(problems.isEmpty(), "client connected: " + problems);
            List<String> first = js.eval("client.getState().isConnected()");
            assertTrue(first.stream().anyMatch(l -> l.endsWith("==> true")), first.toString());

            assertTrue(js.eval("topics.get(0)").get(0).endsWith("==> \"building/125/sensor1/temperature\""));
            List<String> pub = js.eval("Lab.publish(client, Lab.acSet(\"201\"), \"ON\"); System.out.println(\"sent\");");
            assertTrue(pub.contains("sent"), pub.toString());

            List<String> thrown = js.eval("throw new IllegalStateException(\"boom\");");
            assertTrue(thrown.contains("java.lang.IllegalStateException: boom"), thrown.toString());
            assertTrue(js.eval("1 + 1").get(0).endsWith("==> 2"));

            CompletableFuture<List<String>> loop = CompletableFuture.supplyAsync(() -> js.eval("while (true) { }"));
            Thread.sleep(1500);   // time must pass: JShell drops a stop that comes before the snippet runs, and nothing shows that moment
            js.stop();
            assertTrue(loop.get(10, TimeUnit.SECONDS).contains("The snippet stopped."));
            assertTrue(js.eval("int x = 41 + 1;").contains("x ==> 42"));
            assertTrue(js.eval("/vars").stream().anyMatch(l -> l.startsWith("Mqtt3BlockingClient client = ")), js.eval("/vars").toString());
            assertTrue(js.eval("undefinedThing.call();").stream().anyMatch(l -> l.startsWith("error")));
        }
    }
}
