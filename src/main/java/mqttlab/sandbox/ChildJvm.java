package mqttlab.sandbox;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A student's compiled program running in its own JVM ({@link StudentMain}) with {@link Limits}: its
 * own working folder, a heap limit, a thread limit and a time limit. {@link #stop()} asks it to end
 * (an interrupt), waits the grace period, then kills it and everything it started; nothing of it
 * outlives {@link #close()}. Its output is kept (the last lines) rather than printed over the shell.
 */
public final class ChildJvm implements AutoCloseable {
    private static final int KEPT_LINES = 40;
    /** How long to wait for the output readers after the process ended (a grandchild may hold a pipe open). */
    private static final long READERS_GRACE_MILLIS = 5_000;

    private final Process process;
    private final Limits limits;
    private final Path dir;
    private final Path outcomeFile;
    private final Deque<String> output = new ArrayDeque<>();
    private final Thread watchdog;
    private final List<Thread> readers = new ArrayList<>();
    private volatile boolean outOfMemory;
    private volatile boolean timeLimit;
    private volatile boolean killed;
    private volatile Outcome outcome;

    private ChildJvm(Process process, Limits limits, Path dir, Path outcomeFile) {
        this.process = process;
        this.limits = limits;
        this.dir = dir;
        this.outcomeFile = outcomeFile;
        readers.add(drain(process.getInputStream(), "student-stdout"));
        readers.add(drain(process.getErrorStream(), "student-stderr"));
        watchdog = new Thread(this::watch, "student-time-limit");
        watchdog.setDaemon(true);
        watchdog.start();
    }

    /** Starts {@code className}'s {@code main(args)} from {@code classes} in a new JVM on the lab's class path. */
    public static ChildJvm start(Path classes, String className, List<String> args, Limits limits) throws IOException {
        Path dir = Files.createTempDirectory("mqttlab-run-");
        Path work = Files.createDirectories(dir.resolve("work"));
        Path outcome = dir.resolve("outcome");
        List<String> cmd = new ArrayList<>();
        cmd.add(JvmOptions.java());
        cmd.addAll(JvmOptions.of(limits));
        cmd.add(JvmOptions.EXIT_ON_OOM);   // a runaway allocation ends the program, and the lab says so
        cmd.add("-cp");
        cmd.add(String.join(File.pathSeparator, ClassPaths.current()));
        cmd.add(StudentMain.class.getName());
        cmd.add(outcome.toString());
        cmd.add(classes.toAbsolutePath().toString());
        cmd.add(className);
        cmd.addAll(args);
        Process p = new ProcessBuilder(cmd).directory(work.toFile()).start();
        return new ChildJvm(p, limits, dir, outcome);
    }

    public boolean alive() {
        return process.isAlive();
    }

    public long pid() {
        return process.pid();
    }

    public Limits limits() {
        return limits;
    }

    /** The last lines the program printed (stdout and stderr together). */
    public List<String> output() {
        synchronized (output) {
            return List.copyOf(output);
        }
    }

    /** How it ended, once it has; null while it runs. */
    public Outcome outcome() {
        if (outcome == null && !process.isAlive()) {
            try {
                // the readers have seen the last line (an unfinished one too) once the pipes are closed: a
                // loaded machine may not have run them yet when the process ended
                for (Thread r : readers) r.join(READERS_GRACE_MILLIS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            outcome = Outcomes.read(OutcomeLog.read(outcomeFile), process.exitValue(), outOfMemory, timeLimit, killed);
        }
        return outcome;
    }

    /**
     * Asks the program to stop (it is interrupted), gives it the grace period, then kills it and every
     * process it started. Returns how it ended. Safe to call again.
     */
    public Outcome stop() {
        if (process.isAlive()) {
            try (OutputStream in = process.getOutputStream()) {
                in.write("stop\n".getBytes(StandardCharsets.UTF_8));
            } catch (IOException gone) {
                // it is ending by itself
            }
            // A Ctrl-C that brought us here must not cut the program's grace short: remembered, then restored.
            boolean interrupted = Thread.interrupted();
            boolean ended = false;
            long deadline = System.nanoTime() + limits.grace().toNanos();
            while (!ended && System.nanoTime() < deadline) {
                try {
                    ended = process.waitFor(Math.max(1, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
                } catch (InterruptedException again) {
                    interrupted = true;
                }
            }
            if (!ended && process.isAlive()) killed = true;
            if (interrupted) Thread.currentThread().interrupt();
        }
        ProcessTree.kill(process.toHandle(), Duration.ofSeconds(10));
        return outcome();
    }

    /** Waits up to {@code d} for the program to end by itself; true when it has. */
    public boolean await(Duration d) throws InterruptedException {
        return process.waitFor(d.toMillis(), TimeUnit.MILLISECONDS);
    }

    @Override
    public void close() {
        stop();
        watchdog.interrupt();
        try (var walk = Files.walk(dir)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) Files.deleteIfExists(p);
        } catch (IOException e) {
            // a leftover temporary folder is harmless
        }
    }

    private void watch() {
        try {
            if (process.waitFor(limits.time().toMillis(), TimeUnit.MILLISECONDS)) return;
            timeLimit = true;
            ProcessTree.kill(process.toHandle(), Duration.ofSeconds(10));
        } catch (InterruptedException closing) {
            // closed before the limit
        }
    }

    private Thread drain(InputStream s, String name) {
        // line by line, each cut to 500 characters as it arrives: a program printing for ever on one line
        // (no line feed) must not fill the lab's memory
        OutputLines lines = new OutputLines(500, line -> {
            if (line.startsWith(JvmOptions.OOM_LINE)) outOfMemory = true;
            if (Outcomes.jvmNoise(line)) return;
            synchronized (output) {
                if (output.size() == KEPT_LINES) output.removeFirst();
                output.addLast(line);
            }
        });
        Thread t = new Thread(() -> {
            try (s) {
                s.transferTo(lines);
            } catch (IOException ended) {
                // the process is gone
            }
            lines.finish();   // an unfinished last line
        }, name);
        t.setDaemon(true);
        t.start();
        return t;
    }
}
