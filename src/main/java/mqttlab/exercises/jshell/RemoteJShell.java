package mqttlab.exercises.jshell;

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
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import jdk.jshell.JShell;
import mqttlab.sandbox.ClassPaths;
import mqttlab.sandbox.JvmOptions;
import mqttlab.sandbox.Limits;
import mqttlab.sandbox.OutcomeLog;
import mqttlab.sandbox.ProcessTree;

/**
 * One JShell whose snippets run in a JVM of its own (JShell's remote execution engine over JDI),
 * started with the student {@link Limits} and an {@code ExitWitness} ({@link JShellAgent}): a snippet
 * that ends that JVM ends only it, and the lab can say how. The lab compiles; the child runs. Killing it ends the child
 * and anything it started.
 */
final class RemoteJShell implements AutoCloseable {
    /** Marks the child's command line, so the lab can find its process among its children. */
    private static final String MARK = "-Dmqttlab.jshell=";

    final JShell shell;
    final SnippetOutput output;
    private final Path dir;
    private final Path outcome;
    private final String mark;
    private final StartingEngine engine;
    private volatile ProcessHandle remote;   // found once the JVM has started
    private volatile boolean gone;
    volatile boolean killedByLab;
    volatile boolean timeLimit;

    private RemoteJShell(JShell shell, StartingEngine engine, String mark, SnippetOutput output, Path dir, Path outcome) {
        this.shell = shell;
        this.engine = engine;
        this.mark = mark;
        this.output = output;
        this.dir = dir;
        this.outcome = outcome;
        shell.onShutdown(s -> gone = true);
    }

    /**
     * Builds JShell at once; its JVM starts in the background (with {@link JShellAgent}, which installs the
     * witness and starts {@code client}'s connection to {@code host:port}), and the first call that needs it
     * waits for it. Meanwhile the lab compiles: the first snippets' javac is the warm-up.
     */
    static RemoteJShell start(Limits limits, String host, int port) throws IOException {
        Path dir = Files.createTempDirectory("mqttlab-jshell-");
        Path work = Files.createDirectories(dir.resolve("work"));
        Path outcome = dir.resolve("outcome");
        String mark = UUID.randomUUID().toString();
        String classPath = String.join(File.pathSeparator, ClassPaths.current());
        List<String> vm = new ArrayList<>();
        vm.add(MARK + mark);   // first: what the system reports of a long command line may be cut at its end
        vm.addAll(JvmOptions.of(limits));
        vm.add("-Duser.dir=" + work);
        vm.add("-D" + JShellAgent.OUTCOME_PROPERTY + "=" + outcome);
        vm.add("-D" + JShellAgent.BROKER_PROPERTY + "=" + host + ":" + port);
        vm.add("-cp");
        vm.add(classPath);
        SnippetOutput output = new SnippetOutput();
        PrintStream into = new PrintStream(output, true, StandardCharsets.UTF_8);
        StartingEngine engine = new StartingEngine(JShellAgent.class.getName());
        // the compiler's class path as an option, not addToClasspath: that is a call to the child JVM, which
        // has the same path on its command line, and would wait for it to start
        JShell shell = JShell.builder().executionEngine(engine, Map.of()).remoteVMOptions(vm.toArray(new String[0]))
                .compilerOptions("--class-path", classPath).out(into).err(into).build();
        return new RemoteJShell(shell, engine, mark, output, dir, outcome);
    }

    /** Why the child JVM could not start, once that is known. */
    Optional<Throwable> startFailure() {
        return engine.engine().handle((ok, x) -> Optional.ofNullable(x)).getNow(Optional.empty());
    }

    /** The child JVM is gone (the snippet ended it, or the lab did). */
    boolean gone() {
        return gone || process().map(p -> !p.isAlive()).orElse(false);
    }

    /** The child's process once it has started, found by its mark among this JVM's children. */
    Optional<ProcessHandle> process() {
        if (remote == null && engine.engine().isDone() && !engine.engine().isCompletedExceptionally()) {
            remote = ProcessHandle.current().children().filter(p -> p.info().commandLine().orElse("").contains(MARK + mark))
                    .findFirst().orElse(null);
        }
        return Optional.ofNullable(remote);
    }

    /** What the snippet asked for as it ended the JVM: {@code [exit, 3, System.exit, ...]}, if it did. */
    Optional<List<String>> exit() {
        return OutcomeLog.read(outcome).stream().filter(e -> e.get(0).equals("exit")).findFirst();
    }

    List<String> drain() {
        return output.drain();
    }

    /** Ends the child JVM and all it started, at once. */
    void kill() {
        killedByLab = true;
        process().ifPresent(p -> ProcessTree.kill(p, Duration.ofSeconds(10)));
    }

    @Override
    public void close() {
        try {
            shell.close();
        } catch (RuntimeException alreadyGone) {
            // closed with its JVM
        }
        process().ifPresent(p -> ProcessTree.kill(p, Duration.ofSeconds(10)));
        try (var walk = Files.walk(dir)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) Files.deleteIfExists(p);
        } catch (IOException e) {
            // a leftover temporary folder is harmless
        }
    }
}
