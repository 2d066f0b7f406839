package mqttlab.cli;

import java.io.BufferedWriter;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.util.Arrays;
import java.util.List;
import mqttlab.client.ConnectOptions;
import mqttlab.client.PubOptions;
import mqttlab.tools.DecodeTool;
import mqttlab.tools.MatchTool;

/**
 * The everyday command lines without picocli: {@code mqttlab decode HEX...}, {@code mqttlab match FILTER TOPIC...},
 * {@code mqttlab pub}, {@code mqttlab broker} and the shell, when picocli would read the line in one obvious way
 * (decode and match: only words, taken as the positional parameters; the others: {@link #pub}, {@link #broker},
 * {@link #shell}). Building picocli's model cost most of these commands' start-up (issue 14). Anything else (an
 * unknown option, {@code --}, {@code --help}, a missing filter, an empty word) returns null and goes through
 * picocli, which keeps its help and errors. The work is the picocli commands' own (the same tools and command
 * objects, filled as picocli fills them), so the output is too (PlainToolsTest compares them).
 */
final class PlainTools {
    private PlainTools() { }

    /** The exit status, or null when picocli must parse this line. */
    static Integer run(String[] args, PrintWriter out, PrintWriter err) throws Exception {
        PubCommand pub = pub(args);
        if (pub != null) return pub.call();
        BrokerCommand broker = broker(args);
        if (broker != null) return broker.call();
        ShellArgs shell = shell(args);
        if (shell != null) return shell.run();
        if (args.length < 2 || !plainWords(args)) return null;
        List<String> words = Arrays.asList(args).subList(1, args.length);
        switch (args[0]) {
            case "decode": {
                DecodeTool tool = new DecodeTool();
                tool.hex = List.copyOf(words);
                return tool.run(out, err, "mqttlab decode").status();
            }
            case "match":
                return new MatchTool(words.get(0), List.copyOf(words.subList(1, words.size())))
                        .run(out, MatchCommand.stdoutStyle(), MatchCommand.terminalWidth());
            default:
                return null;
        }
    }

    /**
     * {@code mqttlab pub} with only the everyday options, each once, in their separate form ({@code -t TOPIC},
     * not {@code -tTOPIC} or {@code --topic=TOPIC}) with plain values, filled in as picocli would fill them; null
     * for anything else. The command itself (its checks, messages and exit codes) is the picocli one's.
     */
    static PubCommand pub(String[] args) {
        if (args.length < 1 || !args[0].equals("pub")) return null;
        PubCommand c = new PubCommand();
        ConnectOptions conn = new ConnectOptions();
        PubOptions pub = new PubOptions();
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (int i = 1; i < args.length; i++) {
            String name = LONG_NAMES.getOrDefault(args[i], args[i]);
            if (!seen.add(name)) return null;
            switch (name) {
                case "-r" -> pub.retain = true;
                case "-n" -> pub.nullMessage = true;
                case "-d" -> conn.debug = true;
                case "-c" -> conn.noClean = true;
                case "--quiet" -> conn.quiet = true;
                case "-t", "-m", "-h", "-i", "-u", "-P", "-V", "-p", "-q", "-k" -> {
                    if (++i == args.length || args[i].isEmpty() || args[i].startsWith("-")) return null;
                    String v = args[i];
                    switch (name) {
                        case "-t" -> pub.topic = v;
                        case "-m" -> pub.message = v;
                        case "-h" -> conn.host = v;
                        case "-i" -> conn.id = v;
                        case "-u" -> conn.username = v;
                        case "-P" -> conn.password = v;
                        case "-V" -> conn.protocolVersion = v;
                        default -> {
                            if (!smallNumber(v)) return null;
                            int n = Integer.parseInt(v);
                            if (name.equals("-p")) conn.port = n;
                            else if (name.equals("-q")) pub.qos = n;
                            else conn.keepAlive = n;
                        }
                    }
                }
                default -> { return null; }
            }
        }
        c.conn = conn;
        c.pub = pub;
        return c;
    }

    /**
     * {@code mqttlab broker} with {@code -p PORT} (repeatable), {@code -c FILE}, {@code -v}, {@code -d} or their long
     * names, in their separate form; null for anything else.
     */
    static BrokerCommand broker(String[] args) {
        if (args.length < 1 || !args[0].equals("broker")) return null;
        BrokerCommand c = new BrokerCommand();
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (int i = 1; i < args.length; i++) {
            String name = switch (args[i]) {
                case "--port" -> "-p";
                case "--config-file" -> "-c";
                case "--verbose" -> "-v";
                case "--daemon" -> "-d";
                default -> args[i];
            };
            if (!name.equals("-p") && !seen.add(name)) return null;
            switch (name) {
                case "-v" -> c.verbose = true;
                case "-d" -> c.daemon = true;
                case "-p", "-c" -> {
                    if (++i == args.length || args[i].isEmpty() || args[i].startsWith("-")) return null;
                    if (name.equals("-p")) {
                        if (!smallNumber(args[i])) return null;
                        c.ports.add(Integer.parseInt(args[i]));
                    } else {
                        try {
                            c.config = java.nio.file.Path.of(args[i]);
                        } catch (java.nio.file.InvalidPathException e) {
                            return null;
                        }
                    }
                }
                default -> { return null; }
            }
        }
        return c;
    }

    /**
     * The shell ({@code mqttlab}, {@code mqttlab shell}) with {@code --port N}, {@code --user U},
     * {@code --password P}, {@code --broker URL}, {@code --lang L} and {@code --no-building}, each once, in their
     * separate form: picocli otherwise builds every subcommand's model for a line that names none. Null for
     * anything else ({@code --join}, {@code --help}, a word that is not a subcommand...).
     */
    static ShellArgs shell(String[] args) {
        int from = args.length > 0 && args[0].equals("shell") ? 1 : 0;
        ShellArgs shell = new ShellArgs();
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (int i = from; i < args.length; i++) {
            String name = args[i];
            if (!seen.add(name)) return null;
            if (name.equals("--no-building")) {
                shell.noBuilding = true;
                continue;
            }
            if (!List.of("--port", "--user", "--password", "--broker", "--lang").contains(name)) return null;
            if (++i == args.length || args[i].isEmpty() || args[i].startsWith("-")) return null;
            String v = args[i];
            switch (name) {
                case "--port" -> {
                    if (!smallNumber(v)) return null;
                    shell.port = Integer.parseInt(v);
                }
                case "--user" -> shell.user = v;
                case "--password" -> shell.password = v;
                case "--broker" -> shell.broker = v;
                default -> shell.lang = v;
            }
        }
        return shell;
    }

    /** The long names of the options {@link #pub} takes, to their short names. */
    private static final java.util.Map<String, String> LONG_NAMES = java.util.Map.ofEntries(
            java.util.Map.entry("--topic", "-t"), java.util.Map.entry("--message", "-m"), java.util.Map.entry("--host", "-h"),
            java.util.Map.entry("--id", "-i"), java.util.Map.entry("--username", "-u"), java.util.Map.entry("--pw", "-P"),
            java.util.Map.entry("--protocol-version", "-V"), java.util.Map.entry("--port", "-p"), java.util.Map.entry("--qos", "-q"),
            java.util.Map.entry("--keepalive", "-k"), java.util.Map.entry("--retain", "-r"), java.util.Map.entry("--null-message", "-n"),
            java.util.Map.entry("--debug", "-d"), java.util.Map.entry("--disable-clean-session", "-c"));

    /** Digits that Integer.valueOf (picocli's converter) reads as this number: 1 to 9 of them, no sign. */
    private static boolean smallNumber(String v) {
        if (v.length() > 9) return false;
        for (int i = 0; i < v.length(); i++) if (v.charAt(i) < '0' || v.charAt(i) > '9') return false;
        return true;
    }

    /** Writers like picocli's own for System.out and System.err (its encoding rule, buffered, autoflush). */
    static PrintWriter writer(OutputStream stream, String encodingProperty) {
        return new PrintWriter(new BufferedWriter(new OutputStreamWriter(stream, charset(System.getProperty(encodingProperty)))), true);
    }

    private static Charset charset(String name) {
        if (name == null) return Charset.defaultCharset();
        try {
            return Charset.forName("cp65001".equalsIgnoreCase(name) ? "UTF-8" : name);
        } catch (RuntimeException e) {
            return Charset.defaultCharset();
        }
    }

    /** Every word after the command is a non-empty word that does not start with '-'. */
    private static boolean plainWords(String[] args) {
        for (int i = 1; i < args.length; i++) {
            if (args[i].isEmpty() || args[i].startsWith("-")) return false;
        }
        return true;
    }
}
