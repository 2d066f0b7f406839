package mqttlab.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CountDownLatch;
import java.util.function.Function;
import mqttlab.classroom.JoinException;
import mqttlab.classroom.JoinSpec;
import mqttlab.classroom.StudentSession;

/**
 * The student's side of {@code mqttlab --join} until the lab shell takes it over: joins, prints
 * every {@link mqttlab.classroom.ClassEvent} as a line (announcements, "the instructor's lab went
 * away", "is back"), and reads {@code status} / {@code quit}. The shell will pass the same events
 * to its print-above sink and report progress through {@link StudentSession#reporter()}.
 */
final class StudentConsole {
    private final JoinOptions options;
    private final BufferedReader in;
    private final PrintStream out;
    private final PrintStream err;
    private final Function<String, String> env;

    StudentConsole(JoinOptions options, InputStream in, PrintStream out, PrintStream err, Function<String, String> env) {
        this.options = options;
        this.in = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        this.out = out;
        this.err = err;
        this.env = env;
    }

    int run() {
        if (options.user == null || options.user.isBlank()) return fail("--join needs --user NAME (your account in the class).");
        JoinSpec spec;
        StudentSession session;
        try {
            spec = JoinSpec.of(options.join, options.user, options.password(env)).withKeepAlive(options.keepAlive);
            session = StudentSession.join(spec, null, e -> {
                synchronized (out) {
                    out.println(e.message());
                    out.flush();
                }
            });
        } catch (IllegalArgumentException | IllegalStateException | JoinException e) {
            return fail(e.getMessage());
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Thread hook = new Thread(() -> {
            session.close();
            stopped.countDown();
        }, "mqttlab-join-shutdown");
        Runtime.getRuntime().addShutdownHook(hook);
        try {
            String line;
            while ((line = in.readLine()) != null) {
                switch (line.strip()) {
                    case "quit", "exit" -> {
                        Runtime.getRuntime().removeShutdownHook(hook);
                        session.close();
                        return 0;
                    }
                    case "status" -> out.println((session.connected() ? "Connected to " : "Not connected to ") + spec.address()
                            + " as " + spec.user() + "; progress: " + session.reporter().latest().map(r -> r.where()).orElse("none reported yet") + ".");
                    case "" -> { }
                    default -> out.println("In this console: status, quit. (The lab shell brings lessons and exercises here.)");
                }
                out.flush();
            }
            stopped.await(); // input closed: stay in class until Ctrl-C
        } catch (IOException e) {
            return fail(e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return 0;
    }

    private int fail(String message) {
        err.println("Error: " + message.substring(0, 1).toUpperCase() + message.substring(1));
        err.flush();
        return 1;
    }
}
