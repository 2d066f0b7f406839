package mqttlab.exercises.jshell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import mqttlab.broker.Broker;
import mqttlab.broker.config.BrokerConfig;
import mqttlab.files.LabHome;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * A snippet may not forge the progress file, overwrite the lab's own classes, or link to them; it writes in its
 * own working folder as it likes, and the student reads why the rest was refused.
 */
@Timeout(120)
class JShellLabFilesTest {

    @Test
    void theProgressFileAndTheLabAreNotASnippetsToChange() throws Exception {
        Path progress = LabHome.get().resolve("progress.json");
        try (Broker broker = Broker.start(BrokerConfig.defaults().withDefaultPort(0).withoutLogDestinations());
             JShellSession js = new JShellSession("127.0.0.1", broker.port(), List.of())) {
            js.warm().get(60, TimeUnit.SECONDS);
            List<String> out = js.eval("java.nio.file.Files.writeString(java.nio.file.Path.of(\"" + progress + "\"), \"{}\")");
            assertEquals(List.of("java.lang.SecurityException: your program may not change the lab's own files (its progress, its history, the lab itself)"), out);
            out = js.eval("java.nio.file.Files.writeString(java.nio.file.Path.of(Lab.class.getProtectionDomain().getCodeSource().getLocation().toURI())"
                    + ".resolveSibling(\"classes\").resolve(\"Lab.class\"), \"x\")");
            assertTrue(out.get(0).contains("may not change the lab's own files"), out.toString());
            out = js.eval("java.nio.file.Files.createSymbolicLink(java.nio.file.Path.of(\"p\"), java.nio.file.Path.of(\"" + progress + "\"))");
            assertEquals(List.of("java.lang.SecurityException: your program may not make links to files in the lab"), out);
            out = js.eval("java.nio.file.Files.writeString(java.nio.file.Path.of(\"notes.txt\"), \"mine\").toAbsolutePath().getParent().getFileName()");
            assertTrue(out.get(0).endsWith("==> work"), "its own working folder: " + out);
        }
    }
}
