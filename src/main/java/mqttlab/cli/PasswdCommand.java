package mqttlab.cli;

import java.io.Console;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.concurrent.Callable;
import mqttlab.broker.auth.PasswordFileEditor;
import mqttlab.broker.auth.PasswordHash;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import static mqttlab.text.Text.t;

/**
 * {@code mqttlab passwd}: mosquitto_passwd's options and file format ({@code $7$} PBKDF2-SHA512 by
 * default), so either tool can manage the same file. Prompts twice without echo unless {@code -b}.
 */
@Command(name = "passwd", mixinStandardHelpOptions = true,
        description = {"Manage a password file for the broker's password_file, like mosquitto_passwd.",
                "Without -b, asks for the password twice (not echoed)."},
        footer = {"", "Examples:", "  mqttlab passwd -c my-passwd alice        (a new file)",
                "  mqttlab passwd -b broker/passwd.example dave dave-pw", "  mqttlab passwd -D broker/passwd.example dave", ""})
public final class PasswdCommand implements Callable<Integer> {
    @picocli.CommandLine.Mixin LangOption langOption = new LangOption();


    /** Reads a password without echo; null when there is no terminal. */
    interface PasswordPrompt {
        char[] read(String prompt);
    }

    @Option(names = "-b", description = "Batch mode: the password is the third argument.")
    boolean batch;

    @Option(names = "-c", description = "Create a new password file (an existing one is overwritten).")
    boolean create;

    @Option(names = "-D", description = "Delete the user instead of setting a password.")
    boolean delete;

    @Option(names = "-H", paramLabel = "${bundle:label.hash:-HASH}", defaultValue = "sha512-pbkdf2",
            description = "sha512-pbkdf2 (default, recommended) or sha512 (mosquitto 1.6 and earlier).")
    String hash;

    @Parameters(descriptionKey = "FILE[0]", index = "0", paramLabel = "${bundle:label.file:-FILE}", description = "The password file.")
    Path file;

    @Parameters(descriptionKey = "USER[1]", index = "1", paramLabel = "${bundle:label.user:-USER}", description = "The user name.")
    String user;

    @Parameters(descriptionKey = "PASSWORD[2]", index = "2", arity = "0..1", paramLabel = "${bundle:label.password:-PASSWORD}", description = "The password (only with -b).")
    String password;

    @Spec CommandSpec spec;

    private final PasswordPrompt prompt;

    public PasswdCommand() {
        this(p -> {
            Console c = System.console();
            return c == null ? null : c.readPassword("%s", p);
        });
    }

    PasswdCommand(PasswordPrompt prompt) {
        this.prompt = prompt;
    }

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        try {
            return run(err);
        } catch (NoSuchFileException e) {
            return fail(err, t("passwd.no.file", file));
        } catch (IOException e) {
            return fail(err, t("passwd.write.failed", file, e.getMessage()));
        } catch (IllegalArgumentException e) {
            return fail(err, capitalise(e.getMessage()) + ".");
        }
    }

    private int run(PrintWriter err) throws IOException {
        if (create && delete) return fail(err, t("passwd.c.and.D"));
        PasswordHash.Type type;
        switch (hash) {
            case "sha512-pbkdf2" -> type = PasswordHash.Type.SHA512_PBKDF2;
            case "sha512" -> type = PasswordHash.Type.SHA512;
            default -> { return fail(err, t("passwd.bad.hash", hash)); }
        }
        if (delete) {
            if (password != null) return fail(err, t("passwd.D.no.password"));
            if (!PasswordFileEditor.delete(file, user)) {
                err.println(t("cli.warning", t("passwd.user.not.found", user)));
                err.flush();
                return 1;
            }
            return 0;
        }
        if (batch != (password != null)) {
            return fail(err, t(batch ? "passwd.b.needs.password" : "passwd.password.needs.b"));
        }
        String bad = PasswordFileEditor.checkUsername(user);
        if (bad != null) return fail(err, capitalise(bad) + ".");
        String pw = batch ? password : askTwice(err);
        if (pw == null) return 1;
        PasswordFileEditor.set(file, user, pw, create, type);
        return 0;
    }

    private String askTwice(PrintWriter err) {
        char[] first = prompt.read(t("passwd.prompt"));
        if (first == null) {
            fail(err, t("passwd.no.terminal"));
            return null;
        }
        char[] second = prompt.read(t("passwd.prompt.again"));
        try {
            if (second == null || !Arrays.equals(first, second)) {
                fail(err, t("passwd.mismatch"));
                return null;
            }
            if (first.length == 0) {
                fail(err, t("passwd.empty"));
                return null;
            }
            return new String(first);
        } finally {
            Arrays.fill(first, '\0');
            if (second != null) Arrays.fill(second, '\0');
        }
    }

    private static int fail(PrintWriter err, String message) {
        err.println(t("cli.error", message));
        err.flush();
        return 1;
    }

    private static String capitalise(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
