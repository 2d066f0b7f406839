package mqttlab.sandbox;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * The entry point of a student's JVM: {@code StudentMain OUTCOME-FILE CLASSES-DIR CLASS ARGS...}.
 * Installs the {@link ExitWitness}, runs the student's {@code main} on its own thread, and listens on
 * stdin: the line {@code stop} (or the lab going away) interrupts the program, which is how a
 * controller is asked to end. When {@code main} returns or throws, that is written to the outcome
 * log and the JVM ends, with whatever threads the program left behind.
 */
public final class StudentMain {
    /** The name of the class loader of the student's classes, which stack traces carry. */
    static final String LOADER = "student";
    /** How long a program whose lab has gone away gets to wind down. */
    private static final long ORPHAN_GRACE_MILLIS = 5_000;

    private StudentMain() {
    }

    public static void main(String[] a) throws Exception {
        OutcomeLog log = OutcomeLog.open(Path.of(a[0]));
        URLClassLoader loader = new URLClassLoader(LOADER, new URL[] {Path.of(a[1]).toUri().toURL()}, StudentMain.class.getClassLoader());
        String className = a[2];
        String[] args = Arrays.copyOfRange(a, 3, a.length);
        Method main;
        try {
            main = Class.forName(className, false, loader).getMethod("main", String[].class);
            if (!Modifier.isStatic(main.getModifiers())) throw new NoSuchMethodException(className + ".main");
        } catch (ReflectiveOperationException | LinkageError e) {
            log.write("nomain", className);
            end(null, 0);
            return;
        }
        ExitWitness witness = ExitWitness.install(log);
        Thread program = new Thread(() -> {
            try {
                main.invoke(null, (Object) args);
                log.write("returned");
            } catch (InvocationTargetException e) {
                Throwable c = e.getCause();
                log.write("threw", c.getClass().getName(), firstLine(c.getMessage()), where(c));
            } catch (Throwable e) {
                log.write("threw", e.getClass().getName(), firstLine(e.getMessage()), where(e));
            }
            end(witness, 0);
        }, "main");
        program.setContextClassLoader(loader);
        Thread listener = new Thread(() -> listen(program, log, witness), "mqttlab-stop-listener");
        listener.setDaemon(true);
        listener.start();
        program.start();
    }

    /**
     * Waits for the lab's word: {@code stop} interrupts the program (the lab ends it if it does not
     * stop). Stdin closing means the lab itself is gone, so nobody is left to end the program: it is
     * interrupted and, if still running after the grace period, this JVM ends itself.
     */
    private static void listen(Thread program, OutcomeLog log, ExitWitness witness) {
        boolean asked = false;
        try (BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8))) {
            String line;
            while (!asked && (line = in.readLine()) != null) asked = line.strip().equals("stop");
        } catch (Exception e) {
            // treated as the lab going away
        }
        log.write("asked-to-stop");
        program.interrupt();
        if (asked) return;
        try {
            program.join(ORPHAN_GRACE_MILLIS);
        } catch (InterruptedException e) {
            // ending anyway
        }
        end(witness, 0);
    }

    private static void end(ExitWitness witness, int status) {
        if (witness != null) witness.leaving();
        System.out.flush();
        System.err.flush();
        Runtime.getRuntime().halt(status);
    }

    /** The first place in the student's own classes, {@code Controller.java:12}, or empty. */
    static String where(Throwable t) {
        for (StackTraceElement e : t.getStackTrace()) {
            if (LOADER.equals(e.getClassLoaderName()) && e.getFileName() != null) return e.getFileName() + ":" + e.getLineNumber();
        }
        return "";
    }

    private static String firstLine(String s) {
        if (s == null) return "";
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }
}
