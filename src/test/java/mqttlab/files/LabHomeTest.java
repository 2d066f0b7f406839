package mqttlab.files;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class LabHomeTest {
    @Test
    @DisplayName("MQTTLAB_HOME when set and not blank, else ~/.mqttlab")
    void variableOrDotFolder() {
        assertEquals(Path.of("/srv/lab"), LabHome.of(Map.of("MQTTLAB_HOME", "/srv/lab"), "/home/kim"));
        assertEquals(Path.of("/home/kim/.mqttlab"), LabHome.of(Map.of(), "/home/kim"));
        assertEquals(Path.of("/home/kim/.mqttlab"), LabHome.of(Map.of("MQTTLAB_HOME", ""), "/home/kim"));
        assertEquals(Path.of("/home/kim/.mqttlab"), LabHome.of(Map.of("MQTTLAB_HOME", "  "), "/home/kim"));
    }
}
