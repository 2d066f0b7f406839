package mqttlab.classroom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import mqttlab.text.Lang;
import mqttlab.testsupport.EnglishRuns;
import mqttlab.text.Text;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class ClassEventTextTest {
    static final List<ClassEvent> EVENTS = List.of(new ClassEvent.Joined("10.0.0.5:1883", "kim"), new ClassEvent.Lost("link down"),
            new ClassEvent.Back(true), new ClassEvent.Back(false), new ClassEvent.Refused("not authorised"),
            new ClassEvent.Announcement("10시 15분까지 휴식"), new ClassEvent.LessonSuggested(4),
            new ClassEvent.AcPermission(true), new ClassEvent.AcPermission(false));

    @Test
    @DisplayName("every class event speaks the lab's language from the catalogue and keeps its facts (address, user, lesson, announcement)")
    void everyEvent() {
        Text.use(Lang.KO);
        try {
            for (ClassEvent e : EVENTS) {
                String ko = e.message();
                assertTrue(ko.chars().anyMatch(c -> c >= 0xAC00 && c <= 0xD7A3), "Hangul in: " + ko);
                assertTrue(EnglishRuns.in(ko).isEmpty(), ko);
            }
            assertEquals("10.0.0.5:1883의 수업에 kim 계정으로 참여했습니다.", new ClassEvent.Joined("10.0.0.5:1883", "kim").message());
            assertEquals("강사가 강의 4를 권합니다. `lesson 4` 명령으로 열 수 있습니다.", new ClassEvent.LessonSuggested(4).message());
            assertTrue(new ClassEvent.Announcement("10시 15분까지 휴식").message().endsWith("10시 15분까지 휴식"));
        } finally {
            Text.use(Lang.EN);
        }
        assertEquals("Joined the class at 10.0.0.5:1883 as kim.", new ClassEvent.Joined("10.0.0.5:1883", "kim").message());
    }
}
