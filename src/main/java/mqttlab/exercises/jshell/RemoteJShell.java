package mqttlab.exercises.jshell;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import jdk.jshell.JShell;
import mqttlab.exercises.program.JavaSourceCompiler;
import mqttlab.sandbox.ClassPaths;
import mqttlab.sandbox.JvmOptions;
import mqttlab.sandbox.Limits;
import mqttlab.sandbox.OutcomeLog;
import mqttlab.sandbox.ProcessTree;

/**
 * One JShell whose snippets run in a JVM of its own (JShell's remote execution engine over JDI),
 * started with the student {@link Limits} and an {@code ExitWitness}: a snippet that ends that JVM
 * ends only it, and the lab can say how. The lab compiles; the child runs. Killing it ends the child
 * and anything it started.
 */
final class RemoteJShell implements AutoCloseable {
    /** Marks the child's command line, so the lab can find its process among its children. */
    private static final String MARK = "-Dmqttlab.jshell=";

    final JShell shell;
    final ByteArrayOutputStream captured;
    private final Path dir;
    private final Path outcome;
    private final ProcessHandle remote;
    private volatile boolean gone;
    volatile boolean killedByLab;
    volatile boolean timeLimit;

    private RemoteJShell(JShell shell, ByteArrayOutputStream captured, Path dir, Path outcome, ProcessHandle remote) {
        this.shell = shell;
        this.captured = captured;
        this.dir = dir;
        this.outcome = outcome;
        this.remote = remote;
        shell.onShutdown(s -> gone = true);
    }

    static RemoteJShell start(Limits limits) throws IOException {
        Path dir = Files.createTempDirectory("mqttlab-jshell-");
        Path work = Files.createDirectories(dir.resolve("work"));
        Path outcome = dir.resolve("outcome");
        String mark = UUID.randomUUID().toString();
        List<String> vm = new ArrayList<>(JvmOptions.of(limits));
        vm.add(MARK + mark);
        vm.add("-Duser.dir=" + work);
        vm.add("-cp");
        vm.add(String.join(File.pathSeparator, ClassPaths.current()));
        warmCompiler(dir);
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        PrintStream into = new PrintStream(captured, true, StandardCharsets.UTF_8);
        JShell shell = JShell.builder().executionEngine("jdi:launch(true)").remoteVMOptions(vm.toArray(new String[0]))
                .out(into).err(into).build();
        // for the compiler (the child has them on its class path already); one call, not one per entry: each
        // is a round trip to the child and a reset of the compiler's class path (8 s for the lab's 45 jars)
        shell.addToClasspath(String.join(File.pathSeparator, ClassPaths.current()));
        ProcessHandle remote = ProcessHandle.current().children()
                .filter(p -> p.info().commandLine().orElse("").contains(MARK + mark)).findFirst().orElse(null);
        RemoteJShell r = new RemoteJShell(shell, captured, dir, outcome, remote);
        shell.eval("{ mqttlab.sandbox.ExitWitness.install(mqttlab.sandbox.OutcomeLog.open(java.nio.file.Path.of(\""
                + outcome.toString().replace("\\", "\\\\").replace("\"", "\\\"") + "\"))); }");
        r.drain();   // the JVM's warning that a Security Manager was installed is not the student's
        return r;
    }

    /**
     * Loads and exercises javac in this JVM while the child JVM starts and JDI connects (a second or
     * more in which this JVM only waits), so the first snippet does not pay for a cold compiler alone.
     */
    private static void warmCompiler(Path dir) {
        Thread t = new Thread(() -> {
            try {
                Path src = Files.writeString(Files.createDirectories(dir.resolve("warm")).resolve("Warm.java"),
                        "class Warm { java.util.List<String> l = java.util.List.of(\"a\"); int f() { return l.size() + 1; } }");
                new JavaSourceCompiler().compile(src, src.getParent());
            } catch (IOException | RuntimeException e) {
                // only a warm-up: the first snippet compiles cold
            }
        }, "jshell-javac-warm-up");
        t.setDaemon(true);
        t.setPriority(Thread.MIN_PRIORITY);
        t.start();
    }

    /** The child JVM is gone (the snippet ended it, or the lab did). */
    boolean gone() {
        return gone || (remote != null && !remote.isAlive());
    }

    /** The child's process, for the tests that check nothing of it survives. */
    Optional<ProcessHandle> process() {
        return Optional.ofNullable(remote);
    }

    /** What the snippet asked for as it ended the JVM: {@code [exit, 3, System.exit, ...]}, if it did. */
    Optional<List<String>> exit() {
        return OutcomeLog.read(outcome).stream().filter(e -> e.get(0).equals("exit")).findFirst();
    }

    List<String> drain() {
        String text;
        synchronized (captured) {
            text = captured.toString(StandardCharsets.UTF_8);
            captured.reset();
        }
        return text.isEmpty() ? List.of() : text.lines().toList();
    }

    /** Ends the child JVM and all it started, at once. */
    void kill() {
        killedByLab = true;
        if (remote != null) ProcessTree.kill(remote, Duration.ofSeconds(10));
    }

    @Override
    public void close() {
        try {
            shell.close();
        } catch (RuntimeException alreadyGone) {
            // closed with its JVM
        }
        if (remote != null) ProcessTree.kill(remote, Duration.ofSeconds(10));
        try (var walk = Files.walk(dir)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) Files.deleteIfExists(p);
        } catch (IOException e) {
            // a leftover temporary folder is harmless
        }
    }
}
