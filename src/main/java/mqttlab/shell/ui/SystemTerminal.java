package mqttlab.shell.ui;

import java.io.IOException;
import java.nio.charset.Charset;
import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;
import org.jline.terminal.spi.SystemStream;
import org.jline.terminal.spi.TerminalProvider;
import org.jline.utils.OSUtils;

/**
 * The shell's terminal: the one JLine's builder would make, told two things it otherwise finds out the slow way
 * (a fifth of the shell's way to its prompt, issue 14). Anything unusual (a JLine system property set, Windows,
 * a JDK whose first choice is JLine's FFM provider, JLine's native part not loading) leaves the builder to decide
 * everything itself, as before.
 */
public final class SystemTerminal {
    private SystemTerminal() {}

    /** This process's terminal, with Ctrl-C left to the shell. */
    public static Terminal open() throws IOException {
        TerminalBuilder b = TerminalBuilder.builder().system(true).signalHandler(Terminal.SignalHandler.SIG_IGN);
        if (OSUtils.IS_WINDOWS) return b.build();
        // Unless told, JLine looks the charset up as a Windows code page ("ms0", then "cp0"), four times: names the
        // JDK does not know, so each look-up loads and searches every charset it has, and then takes the default one.
        if (System.getProperty(TerminalBuilder.PROP_ENCODING) == null && System.getProperty(TerminalBuilder.PROP_CODEPAGE) == null) {
            b.encoding(Charset.defaultCharset());
        }
        // Unless told, JLine loads each of its providers and asks each whether this is a terminal (the exec provider
        // runs a process to know), then takes the first that can: the JNI one, below JDK 22 (where FFM comes first).
        if (System.getProperty(TerminalBuilder.PROP_PROVIDER) == null && Runtime.version().feature() < 22 && jniAnswers()) {
            b.provider(TerminalBuilder.PROP_PROVIDER_JNI);
        }
        return b.build();
    }

    private static boolean jniAnswers() {
        try {
            TerminalProvider jni = TerminalProvider.load(TerminalBuilder.PROP_PROVIDER_JNI);
            return jni.isSystemStream(SystemStream.Input) && jni.isSystemStream(SystemStream.Output);
        } catch (Throwable notHere) { // no native part for this platform, or not loadable: JLine chooses as always
            return false;
        }
    }
}
