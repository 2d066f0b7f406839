package mqttlab.exercises.jshell;

import static mqttlab.text.Text.t;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import jdk.jshell.Diag;
import jdk.jshell.EvalException;
import jdk.jshell.JShell;
import jdk.jshell.Snippet;
import jdk.jshell.SnippetEvent;
import jdk.jshell.SourceCodeAnalysis;
import jdk.jshell.UnresolvedReferenceException;
import mqttlab.sandbox.Limits;

/**
 * The shell's `java` command: JShell with a connected {@code client} and the building's
 * {@code topics}, its snippets running in a JVM of their own ({@link RemoteJShell}) with the student
 * limits. {@link #warm()} starts it in the background so the first snippet does not wait for it.
 * A snippet that throws prints the error and the session goes on; {@link #stop()} (Ctrl-C) stops a
 * running snippet, and ends its JVM if it has not stopped within the grace period; a snippet that
 * ends the JVM itself ends only that JVM. Either way the student is told what happened and a fresh
 * JShell starts.
 */
public final class JShellSession implements AutoCloseable {
    /** How long a snippet has to stop after Ctrl-C before its JVM is ended. */
    public static final Duration STOP_GRACE = Duration.ofSeconds(3);
    /** A snippet's heap, threads and time (a snippet may wait for messages for a while). */
    public static final Limits LIMITS = Limits.defaults().withTime(Duration.ofMinutes(5)).withGrace(STOP_GRACE);

    static final List<String> PRELUDE = List.of(
            "import com.hivemq.client.mqtt.*;",
            "import com.hivemq.client.mqtt.datatypes.*;",
            "import com.hivemq.client.mqtt.mqtt3.*;",
            "import com.hivemq.client.mqtt.mqtt3.message.publish.*;",
            "import java.nio.charset.StandardCharsets;",
            "import java.util.*;",
            "import java.util.concurrent.*;",
            "import mqttlab.exercises.jshell.Lab;");

    private final String host;
    private final int port;
    private final List<String> topics;
    private final Limits limits;
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "jshell-timer");
        t.setDaemon(true);
        return t;
    });
    private final AtomicLong evals = new AtomicLong();
    private CompletableFuture<Started> starting;        // guarded by this
    private volatile RemoteJShell running;               // the engine of the snippet in progress
    private volatile long current = -1;                  // its number, -1 when none runs
    private volatile boolean stopRequested;
    private volatile boolean cancelWait;
    private Consumer<String> between;                    // guarded by this
    private RemoteJShell latest;                         // guarded by this: the engine last started

    /** A started engine (null when it could not start) and what the student should know about it. */
    private record Started(RemoteJShell engine, List<String> problems) {
    }

    /** {@code topics}: the building's topics, offered as the {@code topics} variable. */
    public JShellSession(String host, int port, List<String> topics) {
        this(host, port, topics, LIMITS);
    }

    public JShellSession(String host, int port, List<String> topics, Limits limits) {
        this.host = host;
        this.port = port;
        this.topics = List.copyOf(topics);
        this.limits = limits;
    }

    /**
     * Starts JShell in the background unless it is started or starting; completes with what the
     * student should know (empty when all went well, a line when {@code client} could not connect).
     */
    public synchronized CompletableFuture<List<String>> warm() {
        if (starting == null) {
            CompletableFuture<Started> f = new CompletableFuture<>();
            Thread t = new Thread(() -> f.complete(boot()), "jshell-start");
            t.setDaemon(true);
            t.start();
            starting = f;
        }
        return starting.thenApply(Started::problems);
    }

    /**
     * Where the lines go that the JVM prints while no snippet runs (a subscription's callback, a thread the
     * student started); null keeps them for the next snippet. They are the student's program's output:
     * the caller shows them as text that came from outside.
     */
    public synchronized void showBetweenSnippets(Consumer<String> to) {
        between = to;
        if (latest != null) latest.output.listen(to);
    }

    /** True once {@link #warm} (or a snippet) has started a JShell that is still there. */
    public synchronized boolean started() {
        return starting != null;
    }

    private Started boot() {
        CompilerWarmUp.notNeeded();
        RemoteJShell e;
        try {
            e = RemoteJShell.start(limits, host, port);
        } catch (Exception | LinkageError x) {
            return failed(x);
        }
        List<String> connect;
        try {
            // compiled while the JVM starts (the first of them waits for it); client has been connecting since it started
            for (String s : PRELUDE) e.shell.eval(s);
            String quoted = topics.stream().map(t -> "\"" + t.replace("\\", "\\\\").replace("\"", "\\\"") + "\"").collect(Collectors.joining(", "));
            e.shell.eval("List<String> topics = List.of(" + quoted + ");");
            e.shell.eval("String host = \"" + host + "\";");
            e.shell.eval("int port = " + port + ";");
            connect = describeAll(e, e.shell.eval("Mqtt3BlockingClient client = Lab.connect(\"" + host + "\", " + port + ");"));
        } catch (IllegalStateException shutDown) {
            connect = List.of(String.valueOf(shutDown.getMessage()));
        }
        Optional<Throwable> notStarted = e.startFailure();
        if (notStarted.isPresent()) {
            e.close();
            return failed(notStarted.get());
        }
        e.drain();
        synchronized (this) {
            latest = e;
            e.output.listen(between);
        }
        e.output.pass();
        List<String> problems = connect.stream().anyMatch(l -> l.startsWith("client ==> ")) ? List.of()
                : List.of(t("jshell.ready.failed", host, port, String.join(" ", connect)));
        return new Started(e, problems);
    }

    private static Started failed(Throwable x) {
        Throwable why = x.getCause() != null && x.getMessage() == null ? x.getCause() : x;
        return new Started(null, List.of(t("jshell.failed", why.getMessage() == null ? why.getClass().getSimpleName() : why.getMessage())));
    }

    /** Evaluates one or more snippets; returns what they printed, their values and their errors, and what became of the JVM. */
    public List<String> eval(String input) {
        List<String> out = new ArrayList<>();
        Started s = awaitStart(out);
        if (s == null) return out;
        if (s.engine() == null) {
            forget(null);
            out.addAll(s.problems());
            return out;
        }
        RemoteJShell e = s.engine();
        if (input.strip().startsWith("/")) {
            out.addAll(command(e.shell, input.strip()));
            return out;
        }
        String rest = input;
        while (!rest.isBlank()) {
            SourceCodeAnalysis.CompletionInfo info;
            try {
                info = e.shell.sourceCodeAnalysis().analyzeCompletion(rest);
            } catch (IllegalStateException closed) {
                break;
            }
            String source = info.completeness().isComplete() ? info.source() : rest;
            rest = info.completeness().isComplete() ? info.remaining() : "";
            out.addAll(evalOne(e, source));
            if (e.gone()) {
                out.addAll(ended(e));
                forget(e);
                warm();   // the next snippet finds a fresh JShell ready
                break;
            }
        }
        return out;
    }

    /** Waits for the start; null (with a line in {@code out}) when Ctrl-C came first. */
    private Started awaitStart(List<String> out) {
        CompletableFuture<Started> f;
        synchronized (this) {
            warm();
            f = starting;
        }
        cancelWait = false;
        while (true) {
            try {
                return f.get(100, TimeUnit.MILLISECONDS);
            } catch (TimeoutException notYet) {
                if (cancelWait) {
                    out.add(t("jshell.start.interrupted"));
                    return null;
                }
            } catch (InterruptedException x) {
                Thread.currentThread().interrupt();
                out.add(t("jshell.start.interrupted"));
                return null;
            } catch (ExecutionException x) {
                forget(null);
                out.add(t("jshell.failed", String.valueOf(x.getCause())));
                return null;
            }
        }
    }

    private List<String> evalOne(RemoteJShell e, String source) {
        long id = evals.incrementAndGet();
        stopRequested = false;
        running = e;
        current = id;
        ScheduledFuture<?> limit = timer.schedule(() -> {
            if (current == id) {
                e.timeLimit = true;
                stop(e, id);
            }
        }, limits.time().toMillis(), TimeUnit.MILLISECONDS);
        List<SnippetEvent> events;
        e.output.hold();
        try {
            events = e.shell.eval(source);
        } catch (IllegalStateException closed) {
            events = List.of();
        } finally {
            current = -1;
            limit.cancel(false);
        }
        List<String> out = new ArrayList<>(e.drain());
        e.output.pass();
        if (!e.gone()) {
            out.addAll(describeAll(e, events));
            if (e.timeLimit) out.add(t("jshell.stopped.time", limits.time().toSeconds()));
            else if (stopRequested) out.add(t("jshell.stopped"));
            e.timeLimit = false;
        }
        return out;
    }

    private static List<String> describeAll(RemoteJShell e, List<SnippetEvent> events) {
        List<String> out = new ArrayList<>();
        for (SnippetEvent ev : events) {
            if (ev.causeSnippet() != null) continue;
            Snippet s = ev.snippet();
            if (ev.exception() != null) {
                out.add(describe(ev.exception()));
            } else if (ev.status() == Snippet.Status.REJECTED) {
                for (Diag d : e.shell.diagnostics(s).collect(Collectors.toList())) {
                    out.add(JavacWords.say(d.getCode(), d.getMessage(Locale.ENGLISH)));
                }
            } else if (ev.value() != null && s.kind() != Snippet.Kind.IMPORT
                    && (s.kind() == Snippet.Kind.EXPRESSION || s.kind() == Snippet.Kind.VAR)) {
                String name = s instanceof jdk.jshell.VarSnippet v ? v.name() : "";
                out.add((name.isEmpty() ? "" : name + " ==> ") + ev.value());
            }
        }
        return out;
    }

    private static String describe(jdk.jshell.JShellException x) {
        if (x instanceof EvalException ee) {
            return ee.getMessage() != null ? t("sandbox.outcome.exception", ee.getExceptionClassName(), ee.getMessage()) : ee.getExceptionClassName();
        }
        if (x instanceof UnresolvedReferenceException ur) return t("jshell.unresolved", ur.getSnippet().source().strip());
        return x.toString();
    }

    /** What became of a JVM that is gone, in one sentence, and that a fresh one is on its way. */
    private List<String> ended(RemoteJShell e) {
        String what;
        Optional<List<String>> exit = e.exit();
        if (e.killedByLab && e.timeLimit) what = t("jshell.ended.time", limits.time().toSeconds());
        else if (e.killedByLab) what = t("jshell.ended.killed", limits.grace().toSeconds());
        else if (exit.isPresent()) what = t("jshell.ended.exit", field(exit.get(), 2), field(exit.get(), 1));
        else what = t("jshell.ended.died");
        return List.of(what, t("jshell.fresh"));
    }

    private static String field(List<String> e, int i) {
        return i < e.size() ? e.get(i) : "";
    }

    /** Drops the engine (closing it, with its JVM) so the next snippet starts a fresh one. */
    private void forget(RemoteJShell e) {
        synchronized (this) {
            starting = null;
        }
        if (e != null) e.close();
    }

    /** The few JShell commands that make sense here; {@code /exit} is the shell's to handle. */
    private static List<String> command(JShell shell, String c) {
        return switch (c.split("\\s+")[0]) {
            case "/vars" -> shell.variables().map(v -> v.typeName() + " " + v.name() + " = " + shell.varValue(v)).toList();
            case "/list" -> shell.snippets().filter(sn -> sn.kind() != Snippet.Kind.IMPORT)
                    .map(sn -> sn.id() + ": " + sn.source().strip()).toList();
            case "/imports" -> shell.imports().map(i -> i.source().strip()).toList();
            default -> List.of(t("jshell.unknown.command", c));
        };
    }

    /**
     * Ctrl-C: stops the snippet that is running; if it has not stopped within the grace period, its
     * JVM is ended. While JShell is still starting, gives up waiting for it.
     */
    public void stop() {
        RemoteJShell e = running;
        long id = current;
        if (e != null && id >= 0) stop(e, id);
        else cancelWait = true;
    }

    private void stop(RemoteJShell e, long id) {
        stopRequested = true;
        try {
            e.shell.stop();
        } catch (RuntimeException gone) {
            // its JVM is already ending
        }
        timer.schedule(() -> {
            if (current == id && !e.gone()) e.kill();
        }, limits.grace().toMillis(), TimeUnit.MILLISECONDS);
    }

    /** The JVM the snippets run in, while there is one (for tests: nothing of it may survive {@link #close}). */
    Optional<ProcessHandle> process() {
        CompletableFuture<Started> f;
        synchronized (this) {
            f = starting;
        }
        if (f == null || !f.isDone()) return Optional.empty();
        Started s = f.join();
        return s.engine() == null ? Optional.empty() : s.engine().process();
    }

    /** Disconnects {@code client} and ends the JVM, with everything the snippets started. */
    @Override
    public void close() {
        CompletableFuture<Started> f;
        synchronized (this) {
            f = starting;
            starting = null;
        }
        if (f == null) return;
        Started s = f.join();
        if (s.engine() == null) return;
        RemoteJShell e = s.engine();
        if (!e.gone()) {
            ScheduledFuture<?> bound = timer.schedule(e::kill, 2, TimeUnit.SECONDS);   // a client that will not disconnect does not hold us
            try {
                e.shell.eval("try { client.disconnect(); } catch (Exception e) { }");
            } catch (IllegalStateException gone) {
                // already ended
            }
            bound.cancel(false);
        }
        e.close();
    }
}
