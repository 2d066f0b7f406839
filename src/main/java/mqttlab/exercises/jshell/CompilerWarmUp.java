package mqttlab.exercises.jshell;

import java.io.File;
import java.io.OutputStream;
import java.io.PrintStream;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import jdk.jshell.JShell;
import jdk.jshell.spi.ExecutionControl;
import jdk.jshell.spi.ExecutionControlProvider;
import jdk.jshell.spi.ExecutionEnv;
import mqttlab.sandbox.ClassPaths;

/**
 * JShell's compiler, warmed in the lab's JVM while the shell waits for the student: a JShell whose
 * engine runs nothing compiles the prelude and a snippet, so javac's classes are loaded and compiled
 * before the first `java`, which then pays only for its own JVM. Cold, that compiler was the larger
 * part of the first snippet's wait. In this JVM only: no JVM is started, no client connects, and no
 * snippet runs anywhere. Once per JVM; skipped when a JShell has started already (it warms itself).
 */
public final class CompilerWarmUp {
    private static final AtomicBoolean DONE = new AtomicBoolean();

    private CompilerWarmUp() {
    }

    /** Warms the compiler on a thread of its own once {@code idle} has passed. */
    public static void after(Duration idle) {
        if (DONE.get()) return;
        Thread t = new Thread(() -> {
            try {
                Thread.sleep(idle.toMillis());
                run();
            } catch (InterruptedException leaving) {
                Thread.currentThread().interrupt();
            }
        }, "jshell-compiler-warm-up");
        t.setDaemon(true);
        t.setPriority(Thread.MIN_PRIORITY);
        t.start();
    }

    /** A real JShell has started: it warms the compiler itself. */
    static void notNeeded() {
        DONE.set(true);
    }

    static void run() {
        if (!DONE.compareAndSet(false, true)) return;
        PrintStream nowhere = new PrintStream(OutputStream.nullOutputStream());
        try (JShell shell = JShell.builder().executionEngine(new RunsNothing(), Map.of()).out(nowhere).err(nowhere)
                .compilerOptions("--class-path", String.join(File.pathSeparator, ClassPaths.current())).build()) {
            for (String s : JShellSession.PRELUDE) shell.eval(s);
            shell.eval("List<String> topics = List.of(\"building/125/sensor1/temperature\");");
            shell.eval("Mqtt3BlockingClient client = null;");
            shell.eval("topics.size() + 1");
        } catch (RuntimeException | LinkageError e) {
            // only a warm-up: the first snippet then compiles cold
        }
        // the compiler's garbage spread over heap the idle shell had not touched (30 MB more resident); a full
        // collection, while the student reads, gives most of it back (the collector shrinks the heap after one)
        System.gc();
    }

    /** An engine that loads and runs nothing: the warm-up's snippets are compiled only. */
    private static final class RunsNothing implements ExecutionControlProvider, ExecutionControl {
        @Override
        public String name() {
            return "mqttlab-runs-nothing";
        }

        @Override
        public ExecutionControl generate(ExecutionEnv env, Map<String, String> parameters) {
            return this;
        }

        @Override
        public void load(ClassBytecodes[] cbcs) {
        }

        @Override
        public void redefine(ClassBytecodes[] cbcs) throws NotImplementedException {
            throw new NotImplementedException("redefine");
        }

        @Override
        public String invoke(String className, String methodName) {
            return "";
        }

        @Override
        public String varValue(String className, String varName) {
            return "";
        }

        @Override
        public void addToClasspath(String path) {
        }

        @Override
        public void stop() {
        }

        @Override
        public Object extensionCommand(String command, Object arg) throws NotImplementedException {
            throw new NotImplementedException(command);
        }

        @Override
        public void close() {
        }
    }
}
