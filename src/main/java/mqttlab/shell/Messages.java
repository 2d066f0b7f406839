package mqttlab.shell;

import java.util.Map;

/** The shell's words in one language: {@link Msg} sentences and Korean command summaries for `help`. */
public final class Messages {
    private static final Map<String, String> KO_SUMMARIES = Map.ofEntries(
            Map.entry("help", "명령 목록, 또는 한 명령의 옵션과 예"),
            Map.entry("quit", "실습 종료 (세션을 닫고 브로커를 멈춥니다)"),
            Map.entry("sub", "토픽 구독: 메시지가 오면 프롬프트 위에 표시 (mosquitto_sub와 같은 옵션)"),
            Map.entry("pub", "메시지 발행 (mosquitto_pub와 같은 옵션)"),
            Map.entry("unsub", "구독 해제"),
            Map.entry("connect", "이름 붙인 클라이언트 세션을 새로 연결"),
            Map.entry("use", "sub/pub에 쓸 세션 선택"),
            Map.entry("sessions", "세션 목록"),
            Map.entry("disconnect", "세션을 정상 종료 (DISCONNECT: 유언 메시지 없음)"),
            Map.entry("kill", "세션의 TCP 연결을 강제로 끊기 (유언 메시지 발행)"),
            Map.entry("trace", "브로커를 지나는 패킷을 시퀀스 다이어그램으로"),
            Map.entry("fault", "장애 주입: 패킷 버리기, 지연, 연결 끊기"),
            Map.entry("tree", "실시간 토픽 트리"),
            Map.entry("clients", "브로커에 연결된 클라이언트"),
            Map.entry("subscriptions", "브로커의 구독 목록"),
            Map.entry("retained", "브로커가 보존 중인 메시지"),
            Map.entry("stats", "브로커 통계 (초당 메시지 수)"),
            Map.entry("log", "브로커 로그를 프롬프트 위에 표시"),
            Map.entry("sleep", "몇 초 기다리기 (스크립트용)"),
            Map.entry("decode", "패킷의 모든 바이트를 설명 (`decode last`: 마지막으로 보낸 패킷)"),
            Map.entry("encode", "옵션으로 패킷을 만들고 모든 바이트를 설명"),
            Map.entry("match", "토픽 필터와 토픽이 매칭되는지 단계별로 설명"),
            Map.entry("building", "시뮬레이션 빌딩: 실시간 보기, 시계·날씨·방·관리 애플리케이션·센서 제어"),
            Map.entry("lesson", "강의 목록과 진도, `lesson N`으로 강의 열기"),
            Map.entry("next", "다음 단계로"),
            Map.entry("back", "이전 단계로"),
            Map.entry("step", "현재 단계를 다시 보기"),
            Map.entry("hint", "현재 단계의 힌트"),
            Map.entry("answer", "현재 단계의 질문에 답하기"),
            Map.entry("compare", "측정값 하나를 HTTP POST와 MQTT PUBLISH로 보내 바이트 수 비교"));

    private final Lang lang;

    public Messages(Lang lang) { this.lang = lang; }

    public Lang lang() { return lang; }

    public String get(Msg m, Object... args) {
        String t = m.text(lang);
        return args.length == 0 ? t : String.format(t, args);
    }

    /** The command's one-line summary in this language, or {@code english} when there is no translation. */
    public String summary(String command, String english) {
        return lang == Lang.KO ? KO_SUMMARIES.getOrDefault(command, english) : english;
    }
}
