package mqttlab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import mqttlab.testsupport.LabProcess;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** `./mqttlab sub -t # -v` typed in bash reaches the program as `sub -t`: the error says why. */
class HashCommentHintTest {

    @Test
    @DisplayName("a topic option with nothing after it: the error names the unquoted # and shows the quoting")
    void hashEatenByTheShell() throws Exception {
        LabProcess.Result r = LabProcess.run(60, null, "--lang", "en", "sub", "-t");
        assertEquals(1, r.exit());
        assertTrue(r.err().contains("an unquoted # starts a comment"), r.err());
        assertTrue(r.err().contains("-t '#' -v"), r.err());
    }

    @Test
    @DisplayName("other usage errors do not mention # at all")
    void otherErrorsStayAsTheyAre() throws Exception {
        LabProcess.Result r = LabProcess.run(60, null, "--lang", "en", "sub", "-q", "1");
        assertEquals(1, r.exit());
        assertFalse(r.err().contains("#"), r.err());
    }
}
