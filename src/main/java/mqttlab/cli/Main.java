package mqttlab.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The entry point: `mqttlab [COMMAND]`. With no command it opens the lab shell.
 * Each subcommand is one class in this package; register new ones in {@link #SUBCOMMANDS}.
 */
@Command(name = "mqttlab", mixinStandardHelpOptions = true, version = "MQTT Lab 0.1.0",
        description = "An interactive lab for learning MQTT: a shell, a real broker, a simulated building, lessons and exercises.")
public final class Main implements Runnable, CommandLine.IExitCodeGenerator {

    @CommandLine.Mixin
    ShellArgs shell = new ShellArgs();

    /** Subcommands, in the order `mqttlab --help` lists them. */
    static final Class<?>[] SUBCOMMANDS = {
            ShellCommand.class,
            SubCommand.class,
            PubCommand.class,
            DecodeCommand.class,
            EncodeCommand.class,
            MatchCommand.class,
            BrokerCommand.class,
            PasswdCommand.class,
            BenchCommand.class,
            ClassroomCommand.class,
            CheckCommand.class,
            ProxyCommand.class,
            WebCommand.class,
    };

    /** {@code mqttlab --join HOST[:PORT] --user NAME}: a student joins the instructor's lab. */
    @CommandLine.Mixin
    JoinOptions join = new JoinOptions();

    private int exitCode;

    @Override
    public void run() {
        if (join.requested()) { // a student joins the instructor's lab: the shell on its broker
            join.user = shell.user;
            join.givenPassword = shell.password;
            join.lang = shell.lang;
            join.cafile = shell.cafile;
            exitCode = join.run();
            return;
        }
        // No subcommand: the shell (`mqttlab --port N` = `mqttlab shell --port N`).
        System.exit(shell.run());
    }

    @Override
    public int getExitCode() { return exitCode; }

    public static CommandLine commandLine() {
        return commandLine(java.util.List.of(SUBCOMMANDS));
    }

    static CommandLine commandLine(java.util.List<Class<?>> subcommands) {
        CommandLine cl = new CommandLine(new Main());
        for (Class<?> c : subcommands) cl.addSubcommand(c);
        cl.setCaseInsensitiveEnumValuesAllowed(true);
        cl.setExpandAtFiles(false); // `@` starts mosquitto_sub -F time fields, not argument files
        CliErrors.install(cl);
        return mqttlab.text.PicocliText.localize(cl);
    }

    public static void main(String[] args) {
        NettyLogging.install();   // before any Netty class asks for a logger
        mqttlab.shell.ui.TerminalLook.noAlternateCharset();   // before any JLine class reads it
        try {
            chooseLanguage(args);
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.exit(2);
        }
        Integer plain;
        try {
            plain = PlainTools.run(args, PlainTools.writer(System.out, "sun.stdout.encoding"),
                    PlainTools.writer(System.err, "sun.stderr.encoding"));
        } catch (Exception e) {
            e.printStackTrace(); // as picocli reports an exception from a command
            plain = 1;
        }
        if (plain != null) System.exit(plain);
        System.exit(commandLine(OneSubcommand.needed(args, SUBCOMMANDS)).execute(args));
    }

    /**
     * The language for everything this run says, chosen once: {@code --lang} (anywhere on the line), then
     * {@code MQTTLAB_LANG}, then the choice remembered in the progress file, then the system's locale.
     */
    static void chooseLanguage(String[] args) {
        String flag = null;
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--")) break;
            if (args[i].equals("--lang") && i + 1 < args.length) flag = args[i + 1];
            else if (args[i].startsWith("--lang=")) flag = args[i].substring("--lang=".length());
        }
        var store = new mqttlab.exercises.progress.ProgressStore(mqttlab.files.LabHome.get(), java.time.Clock.systemUTC());
        java.util.Optional<mqttlab.text.Lang> remembered;
        try {
            remembered = store.peekLang().map(t -> mqttlab.text.LangChoice.parse(t, mqttlab.exercises.progress.ProgressStore.FILE));
        } catch (IllegalArgumentException e) {
            remembered = java.util.Optional.empty();
        }
        mqttlab.text.Text.use(mqttlab.text.LangChoice.choose(flag, remembered));
    }
}
