package mqttlab.lessons;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JsonLessonProgressStoreTest {
    @TempDir Path dir;

    @Test
    void nothingSavedIsEmpty() {
        assertTrue(new JsonLessonProgressStore(dir.resolve("lessons.json")).load().isEmpty());
    }

    @Test
    void savesAndLoadsWholeNoTemporaryLeftBehind() throws Exception {
        Path f = dir.resolve("sub/lessons.json");
        JsonLessonProgressStore store = new JsonLessonProgressStore(f);
        store.save(Map.of("07", Set.of(3, 1, 2), "01", Set.of(9)));
        store.save(Map.of("07", Set.of(3, 1, 2), "01", Set.of(9), "12", Set.of()));
        assertEquals(Map.of("01", Set.of(9), "07", Set.of(1, 2, 3), "12", Set.of()), new JsonLessonProgressStore(f).load());
        assertFalse(Files.exists(f.resolveSibling("lessons.json.new")));
    }

    @Test
    void aFileInTheFormatOlderLabsWroteLoads() throws Exception {
        Path f = dir.resolve("lessons.json");
        Files.writeString(f, "{\n  \"01\": [9],\n  \"07\": [1, 2, 3],\n  \"12\": []\n}\n");
        assertEquals(Map.of("01", Set.of(9), "07", Set.of(1, 2, 3), "12", Set.of()), new JsonLessonProgressStore(f).load());
    }

    @Test
    void aFileThatIsNotOursIsRefusedWithItsName() throws Exception {
        Path f = dir.resolve("lessons.json");
        for (String junk : new String[] {"{\"07\": [1, 2", "{\"lesson\": [1]}", "{\"07\": [\"a\"]}", "[1]", ""}) {
            Files.writeString(f, junk);
            IllegalStateException e = assertThrows(IllegalStateException.class, () -> new JsonLessonProgressStore(f).load(), junk);
            assertTrue(e.getMessage().contains(f.toString()), e.getMessage());
        }
    }

    @Test
    void inMemoryKeepsWhatWasSaved() {
        LessonProgressStore s = LessonProgressStore.inMemory();
        s.save(Map.of("02", Set.of(1)));
        assertEquals(Map.of("02", Set.of(1)), s.load());
    }
}
