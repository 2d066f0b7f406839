package mqttlab.exercises.jshell;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import jdk.jshell.spi.ExecutionControl;
import jdk.jshell.spi.ExecutionControlProvider;
import jdk.jshell.spi.ExecutionEnv;

/**
 * JShell's JDI execution engine ({@link NoDelayJdiControl}: a JVM of its own, launched and watched through the debugger), started
 * on a thread of its own: JShell is built at once and compiles its first snippets (javac's cold start,
 * the longest part of the first snippet) while that JVM starts; each call that needs the JVM waits for
 * it. A JVM that could not start fails those calls, and JShell shuts down as when its JVM ends.
 */
final class StartingEngine implements ExecutionControlProvider {
    /** How long the JVM has to connect: JDI's default is 5 s, and a JVM starting on a loaded machine can take longer. */
    static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(20);

    private final String agent;
    private final CompletableFuture<ExecutionControl> engine = new CompletableFuture<>();

    /** {@code agent}: the main class of the JVM ({@link JShellAgent}). */
    StartingEngine(String agent) {
        this.agent = agent;
    }

    @Override
    public String name() {
        return "mqttlab-starting-jdi";
    }

    /** Completes once the JVM answers (or failed to start). */
    CompletableFuture<ExecutionControl> engine() {
        return engine;
    }

    @Override
    public ExecutionControl generate(ExecutionEnv env, Map<String, String> parameters) {
        Thread t = new Thread(() -> {
            try {
                engine.complete(NoDelayJdiControl.launch(env, agent, CONNECT_TIMEOUT));
            } catch (Throwable x) {
                engine.completeExceptionally(x);
            }
        }, "jshell-jvm-start");
        t.setDaemon(true);
        t.start();
        return (ExecutionControl) Proxy.newProxyInstance(ExecutionControl.class.getClassLoader(), new Class<?>[] {ExecutionControl.class},
                (proxy, method, args) -> {
                    if (method.getDeclaringClass() == Object.class) return method.invoke(this, args);
                    ExecutionControl ec;
                    try {
                        ec = engine.get();
                    } catch (ExecutionException x) {
                        if (method.getName().equals("close")) return null;
                        throw new ExecutionControl.EngineTerminationException("JShell's JVM did not start: " + x.getCause());
                    }
                    try {
                        return method.invoke(ec, args);
                    } catch (InvocationTargetException x) {
                        throw x.getCause();
                    }
                });
    }
}
