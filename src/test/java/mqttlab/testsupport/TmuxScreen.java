package mqttlab.testsupport;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * The lab shell on a real terminal: a detached tmux session of the given size and TERM, typed at with
 * send-keys and read back with capture-pane, as a person would see it. Each screen has its own tmux
 * server socket, so tests never touch a user's tmux or each other's. The lab runs with its embedded
 * broker on a free loopback port and {@code MQTTLAB_HOME} in a temporary folder.
 */
public final class TmuxScreen implements AutoCloseable {
    private static final long WAIT_MILLIS = 30_000;
    private final String tmux;
    private final String socket;
    private final Path home;
    private final int port;

    private TmuxScreen(String tmux, String socket, Path home, int port) {
        this.tmux = tmux;
        this.socket = socket;
        this.home = home;
        this.port = port;
    }

    /**
     * Starts {@code mqttlab --port FREE --lang LANG ARGS} in a {@code cols}×{@code rows} pane under {@code term}.
     * The pane stays a few seconds after the lab exits, so the goodbye can be read.
     */
    public static TmuxScreen start(String lang, int cols, int rows, String term, String... labArgs) throws IOException, InterruptedException {
        return startIn("C.UTF-8", lang, cols, rows, term, labArgs);
    }

    /** As {@link #start}, the lab run under the locale {@code locale} (e.g. "C" for a terminal without UTF-8). */
    public static TmuxScreen startIn(String locale, String lang, int cols, int rows, String term, String... labArgs)
            throws IOException, InterruptedException {
        return start(locale, lang, cols, rows, List.of("TERM=" + term), List.of(), labArgs);
    }

    /**
     * The lab inside GNU screen (which sets TERM=screen for it), itself in the tmux pane, as a classroom over SSH
     * runs it: the pane shows what screen draws.
     */
    public static TmuxScreen startUnderGnuScreen(String lang, int cols, int rows, String... labArgs) throws IOException, InterruptedException {
        String screen = Peers.require("screen").toString();
        // screen keeps its sockets in a private folder of its own (mode 700), not the machine's /run/screen
        Path sockets = Files.createTempDirectory("mqttlab-screen", java.nio.file.attribute.PosixFilePermissions.asFileAttribute(
                java.nio.file.attribute.PosixFilePermissions.fromString("rwx------")));
        return start("C.UTF-8", lang, cols, rows, List.of("TERM=xterm-256color", "SCREENDIR=" + sockets),
                List.of(screen, "-U", "-c", "/dev/null"), labArgs);
    }

    /**
     * {@code mqttlab ARGS} exactly as given (no {@code --port} or {@code --lang} added), for the other
     * commands a person runs on a terminal: {@code mqttlab classroom -c FILE}, {@code mqttlab --join HOST:PORT}.
     */
    public static TmuxScreen startCommand(int cols, int rows, String term, String... args) throws IOException, InterruptedException {
        return launch("C.UTF-8", cols, rows, List.of("TERM=" + term), List.of(), 0, List.of(args));
    }

    private static TmuxScreen start(String locale, String lang, int cols, int rows, List<String> outerEnv, List<String> wrapper, String... labArgs)
            throws IOException, InterruptedException {
        int port = DebianMosquitto.freePort();
        List<String> args = new ArrayList<>(List.of("--port", String.valueOf(port), "--lang", lang));
        args.addAll(List.of(labArgs));
        return launch(locale, cols, rows, outerEnv, wrapper, port, args);
    }

    private static TmuxScreen launch(String locale, int cols, int rows, List<String> outerEnv, List<String> wrapper, int port, List<String> args)
            throws IOException, InterruptedException {
        String tmux = Peers.require("tmux").toString();
        Path home = Files.createTempDirectory("mqttlab-home");
        String socket = "mqttlab-" + ProcessHandle.current().pid() + "-" + System.nanoTime();
        List<String> cmd = new ArrayList<>(List.of("env", "MQTTLAB_HOME=" + home, "LANG=" + locale, "LC_ALL=" + locale));
        cmd.addAll(outerEnv);
        cmd.addAll(wrapper);
        cmd.addAll(LabProcess.command(args.toArray(new String[0])));
        String shellLine = String.join(" ", cmd.stream().map(TmuxScreen::quote).toList()) + "; echo exit=$?; sleep 5";
        TmuxScreen s = new TmuxScreen(tmux, socket, home, port);
        s.tmux("new-session", "-d", "-s", "lab", "-x", String.valueOf(cols), "-y", String.valueOf(rows), shellLine);
        return s;
    }

    /**
     * From now on, every byte the lab writes to its terminal is also appended to the returned file
     * (tmux pipe-pane): for what a screen does not show, such as VT100 line-drawing switches or escapes.
     */
    public Path recordRaw() throws IOException, InterruptedException {
        Path raw = Files.createTempFile(home, "raw", ".out");
        tmux("pipe-pane", "-t", "lab", "-o", "cat >> " + quote(raw.toString()));
        return raw;
    }

    /** The embedded broker's port. */
    public int port() { return port; }

    /** The lab's MQTTLAB_HOME. */
    public Path home() { return home; }

    /** Types {@code text} literally and presses Enter. */
    public void line(String text) throws IOException, InterruptedException {
        // tmux takes an argument ending in `;` as the end of its command and drops the `;`: those go as a key code
        String head = text.replaceAll(";+$", "");
        if (!head.isEmpty()) tmux("send-keys", "-t", "lab", "-l", head);
        for (int i = head.length(); i < text.length(); i++) tmux("send-keys", "-t", "lab", "-H", "3b");
        tmux("send-keys", "-t", "lab", "Enter");
    }

    /**
     * Pastes {@code text} as a terminal paste does (tmux's paste buffer), {@code bracketed} as a
     * terminal that marks pastes for the program, or as plain fast keystrokes otherwise.
     */
    public void paste(String text, boolean bracketed) throws IOException, InterruptedException {
        Path f = Files.createTempFile("mqttlab-paste", ".txt");
        try {
            Files.writeString(f, text, StandardCharsets.UTF_8);
            tmux("load-buffer", "-b", "paste", f.toString());
            if (bracketed) tmux("paste-buffer", "-p", "-b", "paste", "-t", "lab");
            else tmux("paste-buffer", "-b", "paste", "-t", "lab");
        } finally {
            Files.deleteIfExists(f);
        }
    }

    /** Sends tmux key names ({@code C-c}, {@code Enter}, {@code Tab}) or literal words. */
    public void keys(String... keys) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of("send-keys", "-t", "lab"));
        cmd.addAll(List.of(keys));
        tmux(cmd.toArray(new String[0]));
    }

    /** Forgets the scrollback (the screen stays): a long walk checks its pages one at a time. */
    public void clearHistory() throws IOException, InterruptedException {
        tmux("clear-history", "-t", "lab");
    }

    /** The visible screen, one line per row, trailing spaces kept as tmux gives them. */
    public String screen() throws IOException, InterruptedException {
        return capture("capture-pane", "-p", "-t", "lab");
    }

    /** The whole pane: the scrollback and the screen, lines the terminal wrapped joined again (-J). */
    public String all() throws IOException, InterruptedException {
        return capture("capture-pane", "-p", "-J", "-S", "-", "-t", "lab");
    }

    /** Waits until the whole pane (scrollback included) passes {@code ok}; fails with the screen otherwise. */
    public String waitFor(Predicate<String> ok, String what) throws IOException, InterruptedException {
        String[] s = {""};
        return Await.value(() -> {
            try {
                s[0] = all();
            } catch (IOException | InterruptedException e) {
                throw new AssertionError("tmux capture-pane", e);
            }
            return ok.test(s[0]) ? s[0] : null;
        }, java.time.Duration.ofMillis(WAIT_MILLIS), () -> what + "; the pane:\n" + s[0]);
    }

    /** Waits until the last non-empty line is exactly {@code prompt} (trailing spaces aside): the shell is idle. */
    public String waitForPrompt(String prompt) throws IOException, InterruptedException {
        return waitFor(s -> lastLine(s).equals(prompt.stripTrailing()), "the prompt `" + prompt + "`");
    }

    /** The pane's text after the last line that contains {@code marker} (inclusive), or "" if none does. */
    public static String after(String pane, String marker) {
        int i = pane.lastIndexOf(marker);
        if (i < 0) return "";
        int start = pane.lastIndexOf('\n', i) + 1;
        return pane.substring(start);
    }

    public static String lastLine(String pane) {
        String[] lines = pane.stripTrailing().split("\n");
        return lines[lines.length - 1].stripTrailing();
    }

    @Override
    public void close() throws IOException, InterruptedException {
        // the pane's programs end with it: GNU screen, for one, would detach and keep the lab running
        List<ProcessHandle> tree = new ArrayList<>();
        try {
            for (String pid : tmux("list-panes", "-a", "-F", "#{pane_pid}").strip().split("\\s+")) {
                if (pid.isEmpty()) continue;
                ProcessHandle.of(Long.parseLong(pid)).ifPresent(p -> {
                    p.descendants().forEach(tree::add);
                    tree.add(p);
                });
            }
        } catch (IOException | NumberFormatException serverGone) {
            // nothing left to find
        }
        new ProcessBuilder(tmux, "-L", socket, "kill-server").redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start().waitFor();
        tree.forEach(ProcessHandle::destroy);
        for (ProcessHandle p : tree) {
            try {
                p.onExit().get(5, java.util.concurrent.TimeUnit.SECONDS);
            } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
                p.destroyForcibly();
            }
        }
    }

    private String capture(String... args) throws IOException, InterruptedException {
        return tmux(args);
    }

    private String tmux(String... args) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of(tmux, "-L", socket));
        cmd.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true);
        pb.environment().put("LANG", "C.UTF-8");   // tmux reads and writes Korean only in a UTF-8 locale
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (p.waitFor() != 0) throw new IOException(String.join(" ", cmd) + " failed: " + out);
        return out;
    }

    private static String quote(String s) {
        return "'" + s.replace("'", "'\\''") + "'";
    }
}
