package mqttlab.cli;

import java.io.File;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import mqttlab.broker.Broker;
import mqttlab.broker.BrokerStartException;
import mqttlab.broker.config.BrokerConfig;
import mqttlab.broker.config.ConfigException;
import mqttlab.broker.config.ConfigParser;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import static mqttlab.text.Text.t;

/** `mqttlab broker [-c FILE] [-p PORT] [-v] [-d]`: the broker alone, with mosquitto's options and meanings. */
@Command(name = "broker", description = {"The MQTT broker alone, a drop-in for `mosquitto` with the same options.",
        "Without -c it starts in local-only mode on 127.0.0.1:1883, as mosquitto 2.0 does."},
        footer = {"", "Examples:", "  mqttlab broker -v", "  mqttlab broker -c broker/mosquitto.conf -v", "  mqttlab broker -p 1884"})
public final class BrokerCommand implements Callable<Integer> {
    @picocli.CommandLine.Mixin LangOption langOption = new LangOption();

    @picocli.CommandLine.Spec picocli.CommandLine.Model.CommandSpec spec;

    @Option(names = {"-c", "--config-file"}, paramLabel = "${bundle:label.file:-FILE}", description = "Load the configuration from FILE (mosquitto.conf syntax).")
    Path config;

    @Option(names = {"-p", "--port"}, paramLabel = "${bundle:label.port:-PORT}", description = "Listen on PORT (repeatable; loopback only; ignored if the file defines a listener).")
    List<Integer> ports = new ArrayList<>();

    @Option(names = {"-v", "--verbose"}, description = "Log everything, as log_type all (mosquitto -v).")
    boolean verbose;

    @Option(names = {"-d", "--daemon"}, description = "Run in the background.")
    boolean daemon;

    @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help.")
    boolean help;

    @Override
    public Integer call() throws Exception {
        BrokerConfig cfg;
        try {
            cfg = read();
        } catch (ConfigException | IllegalArgumentException e) {
            err().println(t("cli.error", e.getMessage()));
            err().flush();
            return 1;
        }
        if (daemon) return daemonize();
        Broker broker;
        try {
            broker = Broker.start(cfg);
        } catch (BrokerStartException e) {
            String m = e.getMessage() + (e.addressInUse() ? t("broker.start.in.use.hint") : "");
            err().println(m.startsWith(t("cli.error", "")) ? m : t("cli.error", m));   // the log file's error is mosquitto's, "Error: " included
            err().flush();
            return 1;
        }
        CountDownLatch stopped = new CountDownLatch(1);
        // SIGINT / SIGTERM: save persistence, close clients and exit 0, as mosquitto does (a shutdown hook alone
        // would leave the JVM's 130 / 143). The hook still covers an exit from anywhere else.
        Runtime.getRuntime().addShutdownHook(new Thread(broker::stop, "mqttlab-broker-shutdown"));
        for (String name : new String[] {"INT", "TERM"}) onSignal(name, stopped::countDown);
        // SIGHUP: reload the configuration as mosquitto does; the file is read again with -p and -v applied as at start
        onSignal("HUP", () -> broker.reload(this::read));
        stopped.await();
        broker.stop();
        return 0;
    }

    private java.io.PrintWriter err;

    /** picocli's error writer, or one like it on System.err when the line was read without picocli ({@link PlainTools}). */
    private java.io.PrintWriter err() {
        if (err == null) err = spec != null ? spec.commandLine().getErr() : PlainTools.writer(System.err, "sun.stderr.encoding");
        return err;
    }

    /** The configuration file (or the defaults) with the command line's -p and -v applied. */
    private BrokerConfig read() throws ConfigException {
        BrokerConfig cfg = config == null ? BrokerConfig.defaults() : ConfigParser.parse(config);
        cfg = cfg.withPortOption(ports);
        return verbose ? cfg.withVerbose(true) : cfg;
    }

    private static void onSignal(String name, Runnable action) {
        try {
            sun.misc.Signal.handle(new sun.misc.Signal(name), s -> action.run());
        } catch (IllegalArgumentException unavailable) {
            // this platform has no such signal (the shutdown hook still covers INT and TERM)
        }
    }

    /** Starts the same command again without -d as a detached background process. */
    private int daemonize() throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String classPath = System.getProperty("java.class.path");
        List<String> cmd = new ArrayList<>(List.of(java));
        // the same JVM options (broker/jvm.options through the launcher, CDS, MQTTLAB_JAVA_OPTS) for the background broker
        cmd.addAll(ManagementFactory.getRuntimeMXBean().getInputArguments());
        cmd.addAll(List.of("-cp", classPath, Main.class.getName(), "broker"));
        if (config != null) cmd.addAll(List.of("-c", config.toAbsolutePath().toString()));
        for (int p : ports) cmd.addAll(List.of("-p", String.valueOf(p)));
        if (verbose) cmd.add("-v");
        new ProcessBuilder(cmd).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .redirectError(ProcessBuilder.Redirect.DISCARD).redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null"))).start();
        return 0;
    }
}
