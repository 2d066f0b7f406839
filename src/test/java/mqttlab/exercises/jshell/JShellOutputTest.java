package mqttlab.exercises.jshell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.management.ManagementFactory;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import mqttlab.broker.Broker;
import mqttlab.broker.config.BrokerConfig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * A snippet that prints in an endless loop, end to end with JShell's own JVM: the lab keeps a megabyte of it and
 * says how many lines it left out, so neither the lab's memory nor the student's screen fills with it, and after Ctrl-C the prompt is back
 * with a screenful, not minutes of scrolling.
 */
@Timeout(120)
class JShellOutputTest {

    @Test
    void endlessPrintingCostsTheLabAMegabyte() throws Exception {
        try (Broker broker = Broker.start(BrokerConfig.defaults().withDefaultPort(0).withoutLogDestinations());
             JShellSession js = new JShellSession("127.0.0.1", broker.port(), List.of())) {
            js.warm().get(60, TimeUnit.SECONDS);
            long before = usedHeapAfterGc();
            CompletableFuture<List<String>> flood = CompletableFuture.supplyAsync(
                    () -> js.eval("for (long i = 0; ; i++) System.out.println(i + \" \" + \"x\".repeat(200));"));
            Thread.sleep(5000);
            long grown = usedHeapAfterGc() - before;
            js.stop();
            List<String> out = flood.get(60, TimeUnit.SECONDS);
            assertTrue(grown < 64L << 20, "the lab's heap grew by " + (grown >> 20) + " MB while the snippet printed");
            long chars = out.stream().mapToLong(String::length).sum();
            assertTrue(chars <= SnippetOutput.MAX_KEPT + 1000, chars + " characters shown after Ctrl-C");
            assertEquals("0 " + "x".repeat(200), out.get(0), "the first lines as printed");
            assertTrue(out.stream().anyMatch(l -> l.matches("… [0-9,]+ more line\\(s\\) of output not shown: the lab keeps up to a megabyte of what one snippet prints.")), out.get(out.size() - 2));
            assertTrue(out.get(out.size() - 1).equals("The snippet stopped.") || out.stream().anyMatch(l -> l.contains("Java VM was ended")), out.get(out.size() - 1));
            assertEquals("2", value(js.eval("1 + 1")), "the session goes on");
        }
    }

    private static long usedHeapAfterGc() {
        var m = ManagementFactory.getMemoryMXBean();
        for (int i = 0; i < 3; i++) System.gc();
        return m.getHeapMemoryUsage().getUsed();
    }

    private static String value(List<String> lines) {
        for (String l : lines) if (l.contains(" ==> ")) return l.substring(l.indexOf(" ==> ") + 5);
        throw new AssertionError("no value in " + lines);
    }
}
