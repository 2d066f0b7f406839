package mqttlab.cli;

import java.io.ByteArrayInputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import mqttlab.bench.EmbeddedBroker;
import mqttlab.broker.Broker;
import mqttlab.shell.LabShell;
import mqttlab.shell.ShellOptions;
import picocli.CommandLine;

/**
 * The build's training run for class-data sharing (AppCDS): it does once, quietly, what students do
 * most (the command-line tools, the broker, the shell with the building), so that the JVM's
 * {@code -XX:ArchiveClassesAtExit} records the classes they load. The launcher then starts with that
 * archive. Not a student command: run by Maven's package phase ({@code pom.xml}, exec plugin).
 * Whatever goes wrong here, it exits 0: a lab without the archive only starts slower.
 */
public final class CdsTraining {
    private CdsTraining() {}

    public static void main(String[] args) {
        NettyLogging.install(); // as Main does
        PrintStream realOut = System.out;
        PrintStream quiet = new PrintStream(OutputStream.nullOutputStream(), true, StandardCharsets.UTF_8);
        System.setOut(quiet);
        System.setErr(quiet);
        try {
            Main.chooseLanguage(new String[0]); // every command's first lines, as Main runs them
            terminalClasses();
            tools();
            try (Broker broker = EmbeddedBroker.start()) {
                String port = String.valueOf(broker.port());
                run("sub", "-p", port, "-t", "test", "-C", "1", "-W", "3");
                run("pub", "-p", port, "-t", "test", "-m", "33");
                PlainTools.pub(new String[] {"pub", "-p", port, "-t", "test", "-m", "33"}).call();
                run("pub", "-p", port, "-t", "test", "-m", "33", "-q", "1", "-V", "5");
            }
            shell();
        } catch (Throwable t) {
            realOut.println("CDS training incomplete (the archive covers less): " + t);
        }
        System.setOut(realOut);
        System.exit(0);
    }

    /**
     * What the shell loads to open a real terminal (JLine's native provider, its pty, signals), which this run cannot
     * do: it has none. Loading them is enough for the archive; a name a newer JLine no longer has is skipped.
     */
    private static void terminalClasses() {
        String[] names = {
                "mqttlab.shell.ui.SystemTerminal",
                "org.jline.terminal.TerminalBuilder", "org.jline.terminal.TerminalBuilder$SystemOutput",
                "org.jline.terminal.spi.TerminalProvider", "org.jline.terminal.spi.SystemStream", "org.jline.terminal.spi.Pty",
                "org.jline.terminal.impl.jni.JniTerminalProvider", "org.jline.terminal.impl.jni.JniNativePty",
                "org.jline.terminal.impl.jni.JniNativePty$1", "org.jline.terminal.impl.jni.linux.LinuxNativePty",
                "org.jline.terminal.impl.jni.linux.LinuxNativePty$1", "org.jline.terminal.impl.AbstractPty",
                "org.jline.terminal.impl.AbstractPty$1", "org.jline.terminal.impl.AbstractPty$FileDescriptorCreator",
                "org.jline.terminal.impl.AbstractPty$PtyInputStream", "org.jline.terminal.impl.AbstractPosixTerminal",
                "org.jline.terminal.impl.PosixSysTerminal", "org.jline.terminal.impl.MouseSupport$2",
                "org.jline.nativ.JLineNativeLoader", "org.jline.nativ.JLineNativeLoader$1", "org.jline.nativ.OSInfo",
                "org.jline.nativ.CLibrary", "org.jline.nativ.CLibrary$Termios", "org.jline.nativ.CLibrary$WinSize",
                "org.jline.utils.FastBufferedOutputStream", "org.jline.utils.Signals", "org.jline.utils.ShutdownHooks",
                "org.jline.utils.ShutdownHooks$1", "org.jline.utils.ShutdownHooks$Task", "org.jline.utils.AttributedCharSequence$ForceMode",
                "java.io.Console$3", "java.io.Console$LineReader", "java.io.DeleteOnExitHook", "java.io.DeleteOnExitHook$1",
                "java.io.FilenameFilter", "sun.misc.SignalHandler", "sun.misc.Signal$SunMiscHandler", "sun.misc.Signal$InternalMiscHandler",
        };
        for (String name : names) {
            try {
                Class.forName(name, false, CdsTraining.class.getClassLoader());
            } catch (ClassNotFoundException | LinkageError gone) {
                // not in this JLine or JDK: the archive goes without it
            }
        }
    }

    private static void tools() throws Exception {
        PrintWriter nowhere = new PrintWriter(OutputStream.nullOutputStream());
        PlainTools.run(new String[] {"match", "a/+", "a/b"}, nowhere, nowhere);
        PlainTools.run(new String[] {"decode", "c0", "00"}, nowhere, nowhere);
        PlainTools.run(new String[] {"decode", "10", "0e", "00", "04", "4d", "51", "54", "54", "04", "02", "00", "3c", "00", "02", "73", "62"}, nowhere, nowhere);
        run("--help");
        run("match", "a/+", "a/b");
        run("decode", "c0", "00");
        run("decode", "30", "0a", "00", "04", "74", "65", "73", "74", "33", "33", "33", "33");
        run("encode", "publish", "-t", "building/125/sensor1/temperature", "-m", "24.8");
        run("pub", "--help");
    }

    private static void run(String... args) {
        CommandLine cl = Main.commandLine(java.util.List.of(Main.SUBCOMMANDS));
        PrintWriter nowhere = new PrintWriter(OutputStream.nullOutputStream());
        cl.setOut(nowhere);
        cl.setErr(nowhere);
        cl.execute(args);
    }

    private static void shell() throws Exception {
        String script = String.join("\n",
                "help",
                "sub -t 'building/+/+/temperature' -v",
                "pub -t building/125/ac/set -m ON -q 1",
                "mosquitto_pub -t test -m hello -q 2",
                "trace last",
                "decode last",
                "match 'a/+/c/#' a/b/c/d",
                "lesson 1",
                "next",
                "lesson",
                "exercise",
                "progress",
                "clients",
                "subscriptions",
                "retained",
                "stats",
                "tree",
                "java", "int x = 1 + 1;", "/exit", // JShell's compiler and engine, for the first snippet of a student
                "quit", "");
        var in = new ByteArrayInputStream(script.getBytes(StandardCharsets.UTF_8));
        LabShell.run(new ShellOptions(null, null, null, 0, "en", false),
                LabShell.dumb(in, OutputStream.nullOutputStream()), false);
    }
}
