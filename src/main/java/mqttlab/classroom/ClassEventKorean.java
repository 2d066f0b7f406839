package mqttlab.classroom;

/** The class channel's events in Korean, in the lecture's terms, for a student's shell run with {@code --lang ko}. */
public final class ClassEventKorean {
    private ClassEventKorean() { }

    public static String message(ClassEvent e) {
        if (e instanceof ClassEvent.Joined j) return j.address() + "의 수업에 " + j.user() + "(으)로 참여했습니다.";
        if (e instanceof ClassEvent.Lost l) {
            return "강사의 실습 브로커와 연결이 끊겼습니다 (" + l.reason() + "). 진도는 여기에 보관되어 있습니다. 다시 연결하는 중…";
        }
        if (e instanceof ClassEvent.Back b) {
            return "강사의 실습 브로커에 다시 연결되었습니다" + (b.sessionKept() ? "" : " (세션이 없어져 다시 구독했습니다)")
                    + ". 진도를 다시 보냈습니다.";
        }
        if (e instanceof ClassEvent.Refused r) return "강사의 실습 브로커가 연결을 거부했습니다 (" + r.reason() + "). 다시 연결하지 않습니다.";
        if (e instanceof ClassEvent.Announcement a) return "공지: " + a.text();
        if (e instanceof ClassEvent.LessonSuggested s) {
            return "강사가 " + s.lesson() + "차 학습을 권합니다: `lesson " + s.lesson() + "`을(를) 입력하세요.";
        }
        if (e instanceof ClassEvent.AcPermission p) {
            return p.allowed() ? "이제 에어컨 제어 메시지를 발행할 수 있습니다 (building/<room>/ac/set)."
                    : "에어컨 제어 메시지 발행이 다시 막혔습니다.";
        }
        return e.message();
    }
}
