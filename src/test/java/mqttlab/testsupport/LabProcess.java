package mqttlab.testsupport;

import java.io.File;
import java.nio.file.Path;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Runs `mqttlab ARGS` as a child JVM on the test classpath (the compiled classes and dependencies). */
public final class LabProcess {
    private LabProcess() { }

    public static List<String> command(String... args) {
        List<String> cmd = new ArrayList<>();
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        cmd.add("-cp");
        cmd.add(System.getProperty("java.class.path"));
        cmd.add("-XX:TieredStopAtLevel=1");
        cmd.add("-Xshare:auto");
        cmd.add("mqttlab.cli.Main");
        cmd.addAll(List.of(args));
        return cmd;
    }

    public static Process start(String... args) throws IOException {
        return new ProcessBuilder(command(args)).start();
    }

    /** A finished run: exit status, stdout, stderr. */
    public record Result(int exit, String out, String err) { }

    public static Result run(long timeoutSeconds, byte[] stdin, String... args) throws IOException, InterruptedException {
        Process p = start(args);
        if (stdin != null) p.getOutputStream().write(stdin);
        p.getOutputStream().close();
        var out = p.getInputStream();
        var err = p.getErrorStream();
        byte[][] bufs = new byte[2][];
        Thread t1 = new Thread(() -> bufs[0] = readAll(out)), t2 = new Thread(() -> bufs[1] = readAll(err));
        t1.start();
        t2.start();
        if (!p.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError("mqttlab " + String.join(" ", args) + " did not finish in " + timeoutSeconds + " s");
        }
        t1.join();
        t2.join();
        return new Result(p.exitValue(), new String(bufs[0], StandardCharsets.UTF_8), new String(bufs[1], StandardCharsets.UTF_8));
    }

    private static byte[] readAll(java.io.InputStream in) {
        try {
            return in.readAllBytes();
        } catch (IOException e) {
            return new byte[0];
        }
    }

    static String sep() { return File.pathSeparator; }
}
