package mqttlab.exercises.jshell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import mqttlab.broker.Broker;
import mqttlab.broker.config.BrokerConfig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Snippets run in a JVM of their own: ending it, or spinning through every attempt to stop, ends
 * only that JVM; the lab's broker goes on, the student is told what happened, and a fresh JShell
 * answers the next snippet.
 */
@Timeout(120)
class JShellSandboxTest {

    @Test
    void exitAndHaltEndOnlyTheSnippetsJvm() throws Exception {
        try (Broker broker = Broker.start(BrokerConfig.defaults().withDefaultPort(0).withoutLogDestinations());
             JShellSession js = new JShellSession("127.0.0.1", broker.port(), List.of())) {
            js.warm().get(60, TimeUnit.SECONDS);
            ProcessHandle first = js.process().orElseThrow();
            assertNotEquals(ProcessHandle.current().pid(), first.pid(), "snippets run in another process");
            assertEquals("true", value(js.eval("ProcessHandle.class != null && client.getState().isConnected()")));

            List<String> out = js.eval("System.exit(0);");
            assertTrue(out.contains("Your snippet ended JShell's Java VM with System.exit(0). The lab goes on: snippets run in a Java VM of their own."), out.toString());
            assertTrue(out.stream().anyMatch(l -> l.startsWith("A fresh JShell is starting")), out.toString());
            assertTrue(first.onExit().get(10, TimeUnit.SECONDS) != null && !first.isAlive());
            assertTrue(broker.port() > 0 && ServesCheck.serves(broker.port()), "the broker goes on");

            assertEquals("2", value(js.eval("1 + 1")), "a fresh JShell answers");
            ProcessHandle second = js.process().orElseThrow();
            out = js.eval("Object rt = Runtime.class.getMethod(\"getRuntime\").invoke(null); rt.getClass().getMethod(\"halt\", int.class).invoke(rt, 9);");
            assertTrue(out.contains("Your snippet ended JShell's Java VM with Runtime.halt(9). The lab goes on: snippets run in a Java VM of their own."), out.toString());
            assertFalse(second.isAlive());
            assertEquals("3", value(js.eval("1 + 2")));
        }
    }

    @Test
    void aThrowableCatchingSpinIsEndedWithItsJvm() throws Exception {
        try (Broker broker = Broker.start(BrokerConfig.defaults().withDefaultPort(0).withoutLogDestinations());
             JShellSession js = new JShellSession("127.0.0.1", broker.port(), List.of())) {
            js.warm().get(60, TimeUnit.SECONDS);
            ProcessHandle vm = js.process().orElseThrow();
            js.eval("Thread t = new Thread(() -> { while (true) { } }); t.start();");   // a thread of its own, spinning too
            CompletableFuture<List<String>> spin = CompletableFuture.supplyAsync(
                    () -> js.eval("while (true) { try { java.util.concurrent.TimeUnit.MILLISECONDS.sleep(1); } catch (Throwable ignored) { } }"));
            // time must pass: JShell drops a stop that comes before the snippet runs, and nothing shows that moment
            Thread.sleep(1500);
            js.stop();
            List<String> out = spin.get(30, TimeUnit.SECONDS);
            assertTrue(out.contains("The snippet was still running 3 s after Ctrl-C, so its Java VM was ended, with every thread and connection it had."), out.toString());
            assertTrue(vm.onExit().get(10, TimeUnit.SECONDS) != null && !vm.isAlive(), "no core left burning");
            assertEquals("4", value(js.eval("2 * 2")));
            ProcessHandle next = js.process().orElseThrow();
            js.close();
            assertFalse(next.isAlive(), "closing JShell ends its JVM");
        }
    }

    private static String value(List<String> lines) {
        for (String l : lines) if (l.contains(" ==> ")) return l.substring(l.indexOf(" ==> ") + 5);
        throw new AssertionError("no value in " + lines);
    }

    /** The broker still answers a CONNECT with a CONNACK. */
    static final class ServesCheck {
        static boolean serves(int port) throws Exception {
            try (var s = new java.net.Socket("127.0.0.1", port)) {
                s.setSoTimeout(5000);
                s.getOutputStream().write(new byte[] {0x10, 0x0d, 0x00, 0x04, 'M', 'Q', 'T', 'T', 0x04, 0x02, 0x00, 0x3c, 0x00, 0x01, 'x'});
                return s.getInputStream().read() == 0x20;
            }
        }
    }
}
