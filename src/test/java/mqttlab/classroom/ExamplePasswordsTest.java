package mqttlab.classroom;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import mqttlab.broker.auth.PasswordFile;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class ExamplePasswordsTest {
    @Test
    @DisplayName("the shipped classroom.conf prints its example accounts, and passwd.example still accepts them: one warning each")
    void shippedExamplesWarn() throws Exception {
        Path conf = Path.of("broker/classroom.conf");
        Map<String, String> printed = ExamplePasswords.printedIn(conf);
        assertEquals("alice-pw", printed.get("alice"));
        assertEquals("teach-mqtt", printed.get("instructor"));
        List<String> w = ExamplePasswords.warnings(conf, Path.of("broker/passwd.example"), PasswordFile.load(Path.of("broker/passwd.example")))
                .stream().map(mqttlab.text.Phrase::english).toList();
        assertEquals(printed.size(), w.size(), w.toString());
        assertTrue(w.stream().anyMatch(l -> l.contains("user alice still has the example password printed in classroom.conf")), w.toString());
    }

    @Test
    @DisplayName("changed passwords: no warning")
    void changedPasswordsAreQuiet() {
        Path conf = Path.of("broker/classroom.conf");
        assertEquals(List.of(), ExamplePasswords.warnings(conf, Path.of("passwd"), (user, pw) -> false));
    }
}
