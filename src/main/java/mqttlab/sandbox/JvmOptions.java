package mqttlab.sandbox;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import mqttlab.files.LabHome;
import mqttlab.text.Text;

/**
 * The options every student JVM starts with (the controller's and JShell's): the heap limit, a quick
 * start (client compiler only, class-data sharing), the Security Manager allowed so
 * {@link ExitWitness} can watch, and the lab's language for the few sentences the child itself says.
 * A controller's JVM also ends on OutOfMemoryError ({@link #EXIT_ON_OOM}); in JShell it is only the
 * snippet's exception, and the session goes on.
 */
public final class JvmOptions {
    /** What the JVM prints on stderr when {@code -XX:+ExitOnOutOfMemoryError} ends it. */
    static final String OOM_LINE = "Terminating due to java.lang.OutOfMemoryError";
    static final String EXIT_ON_OOM = "-XX:+ExitOnOutOfMemoryError";

    private JvmOptions() {
    }

    /** The {@code java} launcher of the running JDK. */
    public static String java() {
        Path bin = Path.of(System.getProperty("java.home"), "bin", "java");
        return Files.isExecutable(bin) ? bin.toString() : "java";
    }

    /** The class-data sharing options this JVM was started with ({@code ./mqttlab} passes the build's archive), if any. */
    static List<String> sharedArchive() {
        List<String> in = java.lang.management.ManagementFactory.getRuntimeMXBean().getInputArguments();
        if (in.stream().noneMatch(a -> a.startsWith("-XX:SharedArchiveFile="))) return List.of();
        List<String> out = new ArrayList<>();
        for (String a : in) {
            if (a.startsWith("-XX:SharedArchiveFile=") || a.equals("-XX:+UnlockDiagnosticVMOptions") || a.startsWith("-XX:ArchiveRelocationMode=")) out.add(a);
        }
        out.add("-Xlog:cds=off");
        out.add("-Xlog:cds+dynamic=off");
        return out;
    }

    /**
     * What a student's program may not change: the lab's folder (progress, history) and where the lab's own
     * classes are (its jar, or the build's classes folder). Short: JShell finds its JVM by a mark on the
     * command line, which must stay within what the system reports of it.
     */
    static List<String> guarded() {
        List<String> g = new ArrayList<>();
        g.add(LabHome.get().toAbsolutePath().toString());
        ClassPaths.of(JvmOptions.class).ifPresent(g::add);
        return g;
    }

    public static List<String> of(Limits limits) {
        List<String> o = new ArrayList<>();
        o.add("-Xmx" + limits.heapMegabytes() + "m");
        o.add("-Xss512k");
        o.add("-XX:TieredStopAtLevel=1");
        o.add("-XX:+UseSerialGC");
        o.add("-Xshare:auto");
        // the lab's own archive holds the classes a student's JVM loads too (hivemq-mqtt-client, the lab's helpers),
        // its class path is the lab's, and it is mapped where it was dumped, as the launcher maps it for the lab
        // (moving 50 MB of archive costs more than a JVM printing "hi"); silent where it does not fit
        o.addAll(sharedArchive());
        o.add("-XX:-UsePerfData");
        o.add("-Djava.security.manager=allow");
        o.add("-D" + ExitWitness.THREADS_PROPERTY + "=" + limits.threads());
        o.add("-D" + ExitWitness.GUARDED_PROPERTY + "=" + String.join(java.io.File.pathSeparator, guarded()));
        o.add("-Dmqttlab.lang=" + (Text.korean() ? "ko" : "en"));
        o.add("-Dfile.encoding=UTF-8");
        return o;
    }
}
