package mqttlab.lessons;

import java.util.Map;

/** Everything the lesson engine says, in English and Korean. {@code {0}}, {@code {1}}… are filled in order. */
public final class Words {
    private Words() {}

    private static final Map<String, String[]> TABLE = Map.ofEntries(
        e("step.done", "✔ Step {0} done.", "✔ {0}단계 완료."),
        e("lesson.done", "✔ Lesson {0} complete: {1}. Next: `lesson {2}`.", "✔ {0}강 완료: {1}. 다음: `lesson {2}`."),
        e("course.done", "✔ Lesson {0} complete: {1}. That was the last lesson. Well done!",
                "✔ {0}강 완료: {1}. 마지막 강의였습니다. 수고하셨습니다!"),
        e("no.lesson", "No lesson is open. Type `lesson` for the list, `lesson 1` to begin.",
                "열린 강의가 없습니다. 목록은 `lesson`, 시작은 `lesson 1`."),
        e("no.such.lesson", "There is no lesson {0}. Lessons are numbered 1 to {1}.", "{0}강은 없습니다. 강의 번호는 1부터 {1}까지입니다."),
        e("no.hint", "This step has no hint: the text above says what to do.", "이 단계에는 힌트가 없습니다. 위의 설명을 따라 하세요."),
        e("first.step", "This is the first step.", "첫 단계입니다."),
        e("skipped", "Step {0} skipped (not marked done).", "{0}단계를 건너뜁니다 (완료로 표시하지 않음)."),
        e("list.title", "Lessons", "강의 목록"),
        e("list.header", "| # | lesson | steps done |\n| ---: | --- | --- |", "| # | 강의 | 완료한 단계 |\n| ---: | --- | --- |"),
        e("step.heading", "Lesson {0} · step {1} of {2}: {3}", "{0}강 · {1}/{2}단계: {3}"),
        e("step.todo", "→ Do it in the lab; the step completes when it sees it. `hint` helps, `next` skips.",
                "→ 실습에서 직접 해 보세요. 확인되면 다음 단계로 넘어갑니다. 도움말은 `hint`, 건너뛰기는 `next`."),
        e("step.read", "→ `next` when you are ready.", "→ 준비되면 `next`."),
        e("sub.qos", "You subscribed to `{0}` at QoS {1}; this step asks for QoS {2} (`-q {2}`).",
                "`{0}`를 QoS {1}로 구독했습니다. 이 단계는 QoS {2}를 요구합니다 (`-q {2}`)."),
        e("sub.invalid", "`{0}` is not a valid filter: `+` and `#` must fill a whole level, and `#` must be the last level.",
                "`{0}`는 올바른 필터가 아닙니다. `+`와 `#`은 한 단계 전체를 차지해야 하고, `#`은 마지막 단계여야 합니다."),
        e("sub.slash", "`{0}` starts with `/`, so its first level is empty; this step asks for `{1}`.",
                "`{0}`는 `/`로 시작하므로 첫 단계가 빈 문자열입니다. 이 단계는 `{1}`를 요구합니다."),
        e("sub.other", "You subscribed to `{0}`; this step asks for `{1}`.", "`{0}`를 구독했습니다. 이 단계는 `{1}` 구독을 요구합니다."),
        e("sub.nomatch", "`{0}` does not match `{1}`, which this step needs.", "`{0}`는 이 단계에 필요한 `{1}`와 매칭되지 않습니다."),
        e("pub.qos", "Right topic, but QoS {0}; this step asks for QoS {1} (`-q {1}`).",
                "토픽은 맞지만 QoS {0}입니다. 이 단계는 QoS {1}을 요구합니다 (`-q {1}`)."),
        e("pub.payload", "Right topic, but the message was `{0}`; this step asks for `{1}`.",
                "토픽은 맞지만 메시지가 `{0}`입니다. 이 단계는 `{1}`를 요구합니다."),
        e("pub.retain.on", "Right topic, but without RETAIN; add `-r`.", "토픽은 맞지만 RETAIN이 없습니다. `-r`을 붙이세요."),
        e("pub.retain.off", "Right topic, but with RETAIN; this step asks for an ordinary message (no `-r`).",
                "토픽은 맞지만 RETAIN이 설정되었습니다. 이 단계는 일반 메시지를 요구합니다 (`-r` 없이)."),
        e("pub.slash", "`{0}` starts with `/`: its first level is empty, so it is a different topic from `{1}`.",
                "`{0}`는 `/`로 시작하므로 첫 단계가 빈 문자열이고, `{1}`와는 다른 토픽입니다."),
        e("pub.topic", "You published to `{0}`; this step asks for `{1}`.", "`{0}`에 발행했습니다. 이 단계는 `{1}`를 요구합니다."),
        e("recv.flags", "A message arrived on `{0}`, but this step waits for one with {1}.",
                "`{0}`에 메시지가 도착했지만, 이 단계는 {1}인 메시지를 기다립니다."),
        e("ret.empty", "An empty retained message clears what was retained on `{0}`; send a non-empty one.",
                "빈 retained 메시지는 `{0}`에 보관된 메시지를 지웁니다. 내용이 있는 메시지를 보내세요."),
        e("cmd.args", "`{0}` ran, but this step asks for `{1}` with `{2}`.", "`{0}`를 실행했지만, 이 단계는 `{2}`가 들어간 `{1}`를 요구합니다."),
        e("dec.type", "You decoded a {0}; this step asks for a {1}.", "{0}를 디코딩했습니다. 이 단계는 {1}를 요구합니다."),
        e("ans.wrong", "Not quite. Try again (`answer ...`), or type `hint`.", "아닙니다. 다시 해 보세요 (`answer ...`). 힌트는 `hint`."),
        e("con.clean.on", "`{0}` connected with a clean session; this step needs clean session off (`-c`).",
                "`{0}`가 clean 세션으로 연결되었습니다. 이 단계는 clean 세션을 끈 연결(`-c`)을 요구합니다."),
        e("con.clean.off", "`{0}` connected with clean session off; this step asks for a clean session (no `-c`).",
                "`{0}`가 clean 세션 없이 연결되었습니다. 이 단계는 clean 세션(`-c` 없이)을 요구합니다."),
        e("con.nosession", "`{0}` connected, but the broker had no session for it (session present = 0): use the same client id (`-i`) and `-c` both times.",
                "`{0}`가 연결되었지만 브로커에 세션이 없었습니다 (session present = 0). 두 번 모두 같은 클라이언트 ID(`-i`)와 `-c`를 쓰세요."),
        e("dis.graceful", "`{0}` left politely with a DISCONNECT; this step needs an abrupt end (`kill`).",
                "`{0}`가 DISCONNECT로 정상 종료했습니다. 이 단계는 비정상 종료(`kill`)를 요구합니다."),
        e("dis.abrupt", "`{0}` dropped without a DISCONNECT; this step asks for a graceful `disconnect`.",
                "`{0}`가 DISCONNECT 없이 끊겼습니다. 이 단계는 정상 종료(`disconnect`)를 요구합니다.")
    );

    private static Map.Entry<String, String[]> e(String key, String en, String ko) {
        return Map.entry(key, new String[] {en, ko});
    }

    /** The message for {@code key} in {@code lang} ("en" or "ko"; anything else is English). */
    public static String say(String lang, String key, Object... args) {
        String[] pair = TABLE.get(key);
        if (pair == null) throw new IllegalArgumentException("no words for " + key);
        String s = "ko".equals(lang) ? pair[1] : pair[0];
        for (int i = 0; i < args.length; i++) s = s.replace("{" + i + "}", String.valueOf(args[i]));
        return s;
    }
}
