package mqttlab.shell;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import org.jline.terminal.Terminal;

/**
 * Runs one typed command on a worker thread while the shell's thread waits, so that Ctrl-C (SIGINT
 * from the terminal) interrupts the command. A command that winds down within the grace period ends
 * as usual; one that does not, or a second Ctrl-C, gives the prompt back at once and the command is
 * left to finish in the background (it was interrupted; what it still prints appears above the prompt).
 */
final class Interruptible {
    static final Duration GRACE = Duration.ofSeconds(3);

    private final ShellContext ctx;

    Interruptible(ShellContext ctx) {
        this.ctx = ctx;
    }

    /** Runs {@code command} (named {@code name} for people); its result, or false when interrupted. */
    boolean run(String name, BooleanSupplier command) {
        CountDownLatch done = new CountDownLatch(1);
        AtomicBoolean result = new AtomicBoolean();
        Thread worker = new Thread(() -> {
            try {
                result.set(command.getAsBoolean());
            } finally {
                done.countDown();
            }
        }, "lab-command-" + name);
        worker.setDaemon(true);
        AtomicInteger presses = new AtomicInteger();
        long[] interruptedAt = new long[1];
        Terminal t = ctx.terminal();
        Terminal.SignalHandler before = t.handle(Terminal.Signal.INT, s -> {
            if (presses.incrementAndGet() == 1) {
                interruptedAt[0] = System.nanoTime();
                ctx.println(ctx.styles().styled(Styles.FAINT, ctx.t("shell.interrupting", name)));
            }
            worker.interrupt();
        });
        try {
            worker.start();
            while (!done.await(50, TimeUnit.MILLISECONDS)) {
                int n = presses.get();
                if (n >= 2 || (n == 1 && System.nanoTime() - interruptedAt[0] > GRACE.toNanos())) {
                    ctx.println(ctx.styles().styled(Styles.FAINT, ctx.t("shell.interrupt.left", name)));
                    return false;
                }
            }
            if (presses.get() > 0) {
                ctx.println(ctx.styles().styled(Styles.FAINT, ctx.t("shell.interrupted", name)));
                return false;
            }
            return result.get();
        } catch (InterruptedException e) {
            worker.interrupt();
            Thread.currentThread().interrupt();
            return false;
        } finally {
            t.handle(Terminal.Signal.INT, before);
        }
    }
}
