package mqttlab.classroom;

import static org.junit.jupiter.api.Assertions.*;

import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class ClassEventKoreanTest {
    @Test
    @DisplayName("every class event has a Korean sentence that keeps its facts (address, user, lesson, announcement)")
    void everyEvent() {
        List<ClassEvent> events = List.of(new ClassEvent.Joined("10.0.0.5:1883", "kim"), new ClassEvent.Lost("link down"),
                new ClassEvent.Back(true), new ClassEvent.Back(false), new ClassEvent.Refused("not authorised"),
                new ClassEvent.Announcement("10시 15분까지 휴식"), new ClassEvent.LessonSuggested(4),
                new ClassEvent.AcPermission(true), new ClassEvent.AcPermission(false));
        for (ClassEvent e : events) {
            String ko = ClassEventKorean.message(e);
            assertNotEquals(e.message(), ko, "translated: " + e);
            assertTrue(ko.chars().anyMatch(c -> c >= 0xAC00 && c <= 0xD7A3), "Hangul in: " + ko);
        }
        assertTrue(ClassEventKorean.message(new ClassEvent.Joined("10.0.0.5:1883", "kim")).contains("10.0.0.5:1883"));
        assertTrue(ClassEventKorean.message(new ClassEvent.LessonSuggested(4)).contains("lesson 4"));
        assertTrue(ClassEventKorean.message(new ClassEvent.Announcement("10시 15분까지 휴식")).endsWith("10시 15분까지 휴식"));
    }
}
