package mqttlab.cli;

import java.io.Console;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Function;
import picocli.CommandLine.Option;

/**
 * {@code mqttlab --join HOST[:PORT] --user NAME}: a student joins the instructor's lab. The
 * password is asked for without echo; scripts and tests give it with {@code --password-file} or
 * {@code MQTTLAB_PASSWORD}. A picocli mixin of the root command; {@link StudentShell} runs it.
 */
public final class JoinOptions {
    @Option(names = "--join", paramLabel = "${bundle:label.join:-HOST[:PORT]|URL}", description = "Join the class at HOST (port 1883 unless given), or at a URL such as mqtt://NAME@HOST:PORT (any MQTT broker the class runs on; mqtts:// for TLS, with --cafile).")
    String join;

    /** The account: the root command's {@code --user} (shared with the shell's options). */
    String user;

    /** The shell's language: the root command's {@code --lang}. */
    String lang;

    /** With {@code --join mqtts://…}: the CA (PEM) that signed the class broker's certificate; the root command's {@code --cafile}. */
    Path cafile;

    /** A password given with {@code --password} (visible in `ps`; prefer the prompt or --password-file). */
    String givenPassword;

    @Option(names = "--password-file", paramLabel = "${bundle:label.file:-FILE}", description = "Read the password from the first line of FILE instead of asking.")
    Path passwordFile;

    @Option(names = "--keepalive", paramLabel = "${bundle:label.seconds:-SECONDS}", defaultValue = "15", hidden = true,
            description = "How often the link is checked (seconds).")
    int keepAlive;

    public boolean requested() {
        return join != null;
    }

    /**
     * The password from --password, the file, the URL ({@code inUrl}), the environment or the terminal;
     * a message for people in the exception otherwise.
     */
    String password(Function<String, String> env, String user, java.util.Optional<String> inUrl) throws IllegalStateException {
        return password(givenPassword, passwordFile, inUrl, env, user, join);
    }

    /** The same order for anyone logging in to a class broker (the instructor's console too). */
    static String password(String given, Path file, java.util.Optional<String> inUrl, Function<String, String> env,
                           String user, String where) throws IllegalStateException {
        if (given != null && !given.isEmpty()) return given;
        if (file != null) {
            try {
                String text = Files.readString(file, StandardCharsets.UTF_8);
                String first = text.lines().findFirst().orElse("");
                if (first.isEmpty()) throw new IllegalStateException(mqttlab.text.Text.t("class.join.password.empty", file));
                return first;
            } catch (IOException e) {
                throw new IllegalStateException(mqttlab.text.Text.t("class.join.password.unreadable", file, mqttlab.text.Cause.of(e)));
            }
        }
        if (inUrl.isPresent()) return inUrl.get();
        String fromEnv = env.apply("MQTTLAB_PASSWORD");
        if (fromEnv != null && !fromEnv.isEmpty()) return fromEnv;
        Console c = System.console();
        if (c == null) {
            throw new IllegalStateException("no terminal to ask for the password: use --password-file FILE or set MQTTLAB_PASSWORD");
        }
        char[] pw = c.readPassword("Password for %s at %s: ", user, where);
        if (pw == null || pw.length == 0) throw new IllegalStateException("no password given");
        return new String(pw);
    }

    /** Runs the student's side; the exit code. */
    public int run() {
        return new StudentShell(this, System::getenv, mqttlab.shell.LabShell::run, System.err, StudentShell.localExercises()).run();
    }
}
