package mqttlab.sandbox;

import java.io.File;
import java.io.FilePermission;
import java.nio.file.InvalidPathException;
import java.nio.file.LinkPermission;
import java.nio.file.Path;
import java.security.Permission;
import java.security.Policy;
import java.security.ProtectionDomain;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import mqttlab.text.Text;

/**
 * Installed in a student's JVM (never in the lab's): a Security Manager that allows nearly everything
 * and watches. It notes every way the program ends the JVM ({@code System.exit}, {@code Runtime.exit},
 * {@code Runtime.halt}, called directly, by reflection or through any alias, since they all pass
 * here) so the lab can say which; and it refuses the few things that would reach beyond the child:
 * starting other programs, signalling other processes, attaching to another JVM (such as the lab's),
 * replacing this witness, more live threads than the limit, and changing the lab's own files: its
 * folder ({@code ~/.mqttlab}: the progress file, the history) and its class path (the jar the next
 * lab starts from). Making links is refused too, since a link in the program's own folder would
 * lead there. A program writes where it likes otherwise; its working folder is its own. It is not
 * the isolation (the separate process is); it is what makes the report exact.
 */
@SuppressWarnings("removal")
public final class ExitWitness extends SecurityManager {
    public static final String THREADS_PROPERTY = "mqttlab.sandbox.threads";
    /** The folders and files the program may not change, separated as a class path is. */
    public static final String GUARDED_PROPERTY = "mqttlab.sandbox.guarded";

    private final OutcomeLog log;
    private final int maxThreads;
    private final String lang;
    private final AtomicBoolean saidThreads = new AtomicBoolean();
    /** Found before the witness is installed: asking for a group's parent afterwards would come back here. */
    private final ThreadGroup root;
    private final List<Path> guarded;
    private volatile boolean leaving;

    private ExitWitness(OutcomeLog log, int maxThreads, String lang, List<Path> guarded) {
        this.log = log;
        this.maxThreads = maxThreads;
        this.lang = lang;
        this.guarded = guarded;
        ThreadGroup g = Thread.currentThread().getThreadGroup();
        while (g.getParent() != null) g = g.getParent();
        this.root = g;
    }

    /** Installs the witness in this JVM, writing to {@code log}. */
    public static ExitWitness install(OutcomeLog log) {
        int threads = Integer.getInteger(THREADS_PROPERTY, 200);
        List<Path> guarded = new ArrayList<>();
        for (String g : System.getProperty(GUARDED_PROPERTY, "").split(File.pathSeparator)) {
            if (!g.isBlank()) guarded.add(Path.of(g).toAbsolutePath().normalize());
        }
        ExitWitness w = new ExitWitness(log, threads, System.getProperty("mqttlab.lang", "en"), List.copyOf(guarded));
        ignoreTerminalInterrupt();
        Policy.setPolicy(new Unread());
        System.setSecurityManager(w);
        return w;
    }

    /**
     * The policy, which nothing asks: the witness answers every check itself and never defers to one. Installing
     * a Security Manager loads the policy first, and the JDK's default is a file parsed into permission objects, a
     * tenth of a second or more of the student's JVM start (JShell's first snippet waits for it).
     */
    private static final class Unread extends Policy {
        @Override
        public boolean implies(ProtectionDomain domain, Permission permission) {
            return true;   // as the witness: allowed unless it refuses
        }
    }

    /**
     * Ctrl-C at the lab's terminal sends SIGINT to the whole foreground process group, this JVM too;
     * the lab decides what Ctrl-C does to the program (interrupt it, then end it), so the signal
     * itself must not end it unannounced.
     */
    @SuppressWarnings("restriction")
    private static void ignoreTerminalInterrupt() {
        try {
            sun.misc.Signal.handle(new sun.misc.Signal("INT"), sun.misc.SignalHandler.SIG_IGN);
        } catch (IllegalArgumentException | UnsupportedOperationException e) {
            // no such signal here; the lab still reports what it sees
        }
    }

    /** The harness itself is ending the JVM: not the program's doing. */
    public void leaving() {
        leaving = true;
    }

    @Override
    public void checkExit(int status) {
        if (leaving) return;
        String how = "Runtime.exit";
        String where = "";
        for (StackWalker.StackFrame f : StackWalker.getInstance(StackWalker.Option.RETAIN_CLASS_REFERENCE).walk(s -> s.toList())) {
            String m = f.getClassName() + "." + f.getMethodName();
            if (m.equals("java.lang.Runtime.halt")) how = "Runtime.halt";
            else if (m.equals("java.lang.System.exit")) how = "System.exit";
            if (where.isEmpty() && isStudents(f.getDeclaringClass())) {
                where = f.getFileName() == null ? "" : f.getFileName() + ":" + f.getLineNumber();
            }
        }
        log.write("exit", Integer.toString(status), how, where);
    }

    /** Classes the student wrote: loaded neither by the JDK nor by the lab's own class loader. */
    private static boolean isStudents(Class<?> c) {
        ClassLoader l = c.getClassLoader();
        return l != null && l != ClassLoader.getPlatformClassLoader() && l != ClassLoader.getSystemClassLoader();
    }

    @Override
    public void checkPermission(Permission p) {
        String name = p.getName();
        if (p instanceof RuntimePermission) {
            if (name.equals("setSecurityManager")) deny("security", name);
            if (name.equals("manageProcess") && !askingOwnPid()) deny("process", name);
        } else if (p instanceof FilePermission) {
            String actions = p.getActions();
            if (actions.contains("execute")) deny("exec", name);
            if ((actions.contains("write") || actions.contains("delete")) && guards(name)) deny("files", name);
        } else if (p instanceof LinkPermission) {
            deny("links", name);
        } else if (p.getClass().getName().equals("com.sun.tools.attach.AttachPermission")) {
            deny("attach", name);
        }
    }

    /** True when {@code file} is, or is inside, one of the lab's own files or folders. */
    private boolean guards(String file) {
        if (file.equals("<<ALL FILES>>")) return !guarded.isEmpty();
        Path p;
        try {
            p = Path.of(file).toAbsolutePath().normalize();
        } catch (InvalidPathException e) {
            return false;
        }
        for (Path g : guarded) if (p.startsWith(g)) return true;
        return false;
    }

    /**
     * {@code ProcessHandle.current()} needs the same permission as controlling another process, but only reads
     * this JVM's own pid: Netty (under the MQTT client a controller uses) asks it for its channel ids.
     */
    private static boolean askingOwnPid() {
        return StackWalker.getInstance().walk(frames -> frames.limit(12).anyMatch(f ->
                f.getClassName().equals("java.lang.ProcessHandleImpl") && f.getMethodName().equals("current")));
    }

    @Override
    public void checkPermission(Permission p, Object context) {
        checkPermission(p);
    }

    @Override
    public void checkExec(String cmd) {
        deny("exec", cmd);
    }

    @Override
    public void checkAccess(ThreadGroup g) {
        // Called as every thread is made; JDK and JShell threads count too, the limit leaves room for them.
        int live = root.activeCount();
        if (live >= maxThreads) {
            if (saidThreads.compareAndSet(false, true)) log.write("threads", Integer.toString(maxThreads));
            throw new SecurityException(Text.in(lang, "sandbox.refused.threads", maxThreads));
        }
    }

    @Override
    public void checkAccess(Thread t) {
        // any thread may be interrupted or renamed
    }

    private void deny(String what, String detail) {
        log.write("refused", what, Optional.ofNullable(detail).orElse(""));
        throw new SecurityException(Text.in(lang, "sandbox.refused." + what));
    }
}
