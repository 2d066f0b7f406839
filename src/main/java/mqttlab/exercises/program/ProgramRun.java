package mqttlab.exercises.program;

import static mqttlab.text.Text.t;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.time.Duration;

/**
 * A student's {@code main} running in its own class loader on a daemon thread, so that a crash is
 * caught and reported and an endless loop can be interrupted (and, as a last resort, stopped)
 * without taking the lab down.
 */
public final class ProgramRun {
    private final Thread thread;
    private final URLClassLoader loader;
    private volatile Throwable crash;
    private volatile boolean returned;
    private volatile boolean stopping;

    private ProgramRun(Thread thread, URLClassLoader loader) {
        this.thread = thread;
        this.loader = loader;
    }

    /** Loads {@code className} from {@code classes} and starts its {@code main(args)}. */
    public static ProgramRun start(Path classes, String className, String... args) throws Exception {
        URLClassLoader loader = new URLClassLoader(new URL[] {classes.toUri().toURL()}, ProgramRun.class.getClassLoader());
        Class<?> c = Class.forName(className, true, loader);
        Method main = c.getMethod("main", String[].class);
        if (!Modifier.isStatic(main.getModifiers())) throw new NoSuchMethodException(className + ".main is not static");
        ProgramRun[] self = new ProgramRun[1];
        Thread t = new Thread(() -> {
            try {
                main.invoke(null, (Object) args);
                self[0].returned = true;
            } catch (InvocationTargetException e) {
                Throwable cause = e.getCause();
                // Whatever a program throws once it has been asked to stop is its way of stopping.
                if (self[0].stopping || cause instanceof InterruptedException) self[0].returned = true;
                else self[0].crash = cause;
            } catch (Throwable e) {
                self[0].crash = e;
            }
        }, "student-" + className);
        t.setDaemon(true);
        t.setContextClassLoader(loader);
        self[0] = new ProgramRun(t, loader);
        t.start();
        return self[0];
    }

    public boolean alive() {
        return thread.isAlive();
    }

    /** What the program threw, if it crashed. */
    public Throwable crash() {
        return crash;
    }

    /** One line for a person: the exception and where in the student's file it happened. */
    public String crashLine(String sourceFile) {
        Throwable c = crash;
        if (c == null) return "";
        String what = c.getClass().getSimpleName() + (c.getMessage() != null ? ": " + c.getMessage() : "");
        for (StackTraceElement e : c.getStackTrace()) {
            if (sourceFile.equals(e.getFileName())) return t("grade.10.crash.at", what, e.getFileName(), e.getLineNumber());
        }
        return what;
    }

    /**
     * Interrupts the program and waits up to {@code grace}; a program that ignores the interrupt is
     * stopped by force. Returns true when it ended by itself.
     */
    @SuppressWarnings({"deprecation", "removal"})
    public boolean stop(Duration grace) throws InterruptedException {
        if (!thread.isAlive()) return true;
        stopping = true;
        thread.interrupt();
        thread.join(grace.toMillis());
        boolean polite = !thread.isAlive();
        if (!polite) {
            thread.stop();
            thread.join(1000);
        }
        try {
            loader.close();
        } catch (java.io.IOException e) {
            // the classes are in a temporary folder that goes away anyway
        }
        return polite;
    }
}
