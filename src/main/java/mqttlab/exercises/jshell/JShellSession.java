package mqttlab.exercises.jshell;

import static mqttlab.text.Text.t;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import jdk.jshell.Diag;
import jdk.jshell.EvalException;
import jdk.jshell.JShell;
import jdk.jshell.Snippet;
import jdk.jshell.SnippetEvent;
import jdk.jshell.SourceCodeAnalysis;
import jdk.jshell.UnresolvedReferenceException;
import mqttlab.exercises.program.ClassPaths;

/**
 * The shell's `java` command: an embedded JShell (local execution engine, so snippets run in this
 * JVM with the lab's class path) with a connected {@code client} and the building's {@code topics}.
 * Started on the first {@link #eval}. A snippet that throws prints the error and the session goes
 * on; {@link #stop()} (wired to Ctrl-C) interrupts a running snippet.
 */
public final class JShellSession implements AutoCloseable {
    private static final List<String> PRELUDE = List.of(
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
    private final ByteArrayOutputStream captured = new ByteArrayOutputStream();
    private volatile JShell shell;

    /** {@code topics}: the building's topics, offered as the {@code topics} variable. */
    public JShellSession(String host, int port, List<String> topics) {
        this.host = host;
        this.port = port;
        this.topics = List.copyOf(topics);
    }

    /** Evaluates one or more snippets; returns what they printed, their values and their errors. */
    public synchronized List<String> eval(String input) {
        List<String> out = new ArrayList<>();
        if (shell == null) out.addAll(start());
        if (input.strip().startsWith("/")) {
            out.addAll(command(input.strip()));
            return out;
        }
        String rest = input;
        while (!rest.isBlank()) {
            SourceCodeAnalysis.CompletionInfo info = shell.sourceCodeAnalysis().analyzeCompletion(rest);
            String source = info.completeness().isComplete() ? info.source() : rest;
            rest = info.completeness().isComplete() ? info.remaining() : "";
            out.addAll(evalOne(source));
        }
        return out;
    }

    private List<String> evalOne(String source) {
        List<String> out = new ArrayList<>();
        PrintStream oldOut = System.out;
        PrintStream oldErr = System.err;
        PrintStream tee = new PrintStream(captured, true, StandardCharsets.UTF_8);
        List<SnippetEvent> events;
        System.setOut(tee);
        System.setErr(tee);
        try {
            events = shell.eval(source);
        } finally {
            System.setOut(oldOut);
            System.setErr(oldErr);
        }
        out.addAll(drain());
        for (SnippetEvent e : events) {
            if (e.causeSnippet() != null) continue;
            Snippet s = e.snippet();
            if (e.exception() != null) {
                out.add(describe(e.exception()));
            } else if (e.status() == Snippet.Status.REJECTED) {
                for (Diag d : shell.diagnostics(s).collect(Collectors.toList())) {
                    out.add("error: " + d.getMessage(java.util.Locale.ENGLISH));
                }
            } else if (e.value() != null && s.kind() != Snippet.Kind.IMPORT
                    && (s.kind() == Snippet.Kind.EXPRESSION || s.kind() == Snippet.Kind.VAR)) {
                String name = s instanceof jdk.jshell.VarSnippet v ? v.name() : "";
                out.add((name.isEmpty() ? "" : name + " ==> ") + e.value());
            }
        }
        return out;
    }

    private static String describe(jdk.jshell.JShellException x) {
        if (x instanceof EvalException ee) {
            return ee.getExceptionClassName() + (ee.getMessage() != null ? ": " + ee.getMessage() : "");
        }
        if (x instanceof UnresolvedReferenceException ur) return t("jshell.unresolved", ur.getSnippet().source().strip());
        return x.toString();
    }

    private List<String> drain() {
        String text = captured.toString(StandardCharsets.UTF_8);
        captured.reset();
        return text.isEmpty() ? List.of() : text.lines().toList();
    }

    private List<String> start() {
        shell = JShell.builder().executionEngine("local").out(new PrintStream(captured, true, StandardCharsets.UTF_8))
                .err(new PrintStream(captured, true, StandardCharsets.UTF_8)).build();
        for (String entry : ClassPaths.current()) shell.addToClasspath(entry);
        List<String> out = new ArrayList<>();
        for (String s : PRELUDE) evalOne(s);
        String quoted = topics.stream().map(t -> "\"" + t.replace("\\", "\\\\").replace("\"", "\\\"") + "\"").collect(Collectors.joining(", "));
        evalOne("List<String> topics = List.of(" + quoted + ");");
        evalOne("String host = \"" + host + "\";");
        evalOne("int port = " + port + ";");
        List<String> connect = evalOne("Mqtt3BlockingClient client = Lab.connect(\"" + host + "\", " + port + ");");
        out.add(connect.stream().anyMatch(l -> l.contains("Exception") || l.startsWith("error"))
                ? t("jshell.ready.failed", host, port, String.join(" ", connect))
                : t("jshell.ready", host, port));
        return out;
    }

    /** The few JShell commands that make sense here; {@code /exit} is the shell's to handle. */
    private List<String> command(String c) {
        return switch (c.split("\\s+")[0]) {
            case "/vars" -> shell.variables().map(v -> v.typeName() + " " + v.name() + " = " + shell.varValue(v)).toList();
            case "/list" -> shell.snippets().filter(sn -> sn.kind() != Snippet.Kind.IMPORT).map(sn -> sn.id() + ": " + sn.source().strip()).toList();
            case "/imports" -> shell.imports().map(i -> i.source().strip()).toList();
            default -> List.of(t("jshell.unknown.command", c));
        };
    }

    /** Interrupts the snippet that is running (Ctrl-C). */
    public void stop() {
        JShell s = shell;
        if (s != null) s.stop();
    }

    public boolean started() {
        return shell != null;
    }

    @Override
    public synchronized void close() {
        if (shell == null) return;
        evalOne("try { client.disconnect(); } catch (Exception e) { }");
        shell.close();
        shell = null;
    }
}
