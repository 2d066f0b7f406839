package mqttlab.shell;

/**
 * Every sentence the shell prints, in English and Korean (the lecture's terms: 발행/구독, 브로커,
 * 토픽, 와일드카드, 세션, 유언 메시지). Arguments are {@link String#format} style.
 */
public enum Msg {
    BANNER("MQTT Lab — broker on %s", "MQTT Lab — 브로커 %s"),
    BANNER_EXTERNAL("MQTT Lab — external broker %s (trace, faults and the broker log need the embedded broker)",
            "MQTT Lab — 외부 브로커 %s (trace, fault, 브로커 로그는 내장 브로커에서만 됩니다)"),
    BANNER_HINT("Type `lesson` to start, `help` for commands.", "`lesson`으로 시작하고, 명령 목록은 `help`를 입력하세요."),
    BYE("Bye. Sessions closed%s.", "안녕히 가세요. 세션을 닫았습니다%s."),
    BYE_BROKER(", broker stopped", ", 브로커를 멈췄습니다"),
    PORT_TAKEN("Port %d is already in use (another broker, e.g. a system Mosquitto, is listening there).",
            "포트 %d는 이미 사용 중입니다 (다른 브로커, 예를 들어 시스템의 Mosquitto가 쓰고 있습니다)."),
    PORT_WAYS_OUT("Either start the lab's broker on another port:   mqttlab --port %d\nor use the broker that is already running:      mqttlab --broker tcp://127.0.0.1:%d",
            "다른 포트에서 실습 브로커를 시작하거나:   mqttlab --port %d\n이미 실행 중인 브로커를 사용하세요:      mqttlab --broker tcp://127.0.0.1:%d"),
    BROKER_FAILED("The lab's broker could not start: %s", "실습 브로커를 시작할 수 없습니다: %s"),
    BAD_URL("--broker wants tcp://HOST:PORT (e.g. tcp://127.0.0.1:1883), not '%s'.",
            "--broker는 tcp://HOST:PORT 형식이어야 합니다 (예: tcp://127.0.0.1:1883). 받은 값: '%s'"),
    UNKNOWN_COMMAND("Unknown command '%s'.%s Type `help` for the list.", "'%s'은(는) 없는 명령입니다.%s 목록은 `help`를 입력하세요."),
    DID_YOU_MEAN(" Did you mean `%s`?", " `%s`을(를) 말씀하셨나요?"),
    BAD_ARGS("%s: %s — see `help %s`.", "%s: %s — `help %s`를 참고하세요."),
    FAILED("%s failed: %s", "%s 실패: %s"),
    NEEDS_EMBEDDED("`%s` needs the embedded broker (you are connected to %s). Start the lab without --broker to use it.",
            "`%s`은(는) 내장 브로커가 필요합니다 (지금은 %s에 연결되어 있습니다). --broker 없이 실습을 시작하세요."),
    HELP_HEADER("Commands (type `help COMMAND` for its options and examples):", "명령 (`help 명령`으로 옵션과 예를 볼 수 있습니다):"),
    HELP_ALIASES("aliases: %s", "별칭: %s"),
    NO_SUCH_HELP("No command '%s'. Type `help` for the list.", "'%s' 명령은 없습니다. 목록은 `help`를 입력하세요."),
    SESSION_CONNECTING("session %s: connecting to %s as %s (MQTT %s)…", "세션 %s: %s에 %s(으)로 연결 중 (MQTT %s)…"),
    SESSION_CONNECTED("session %s connected as %s%s.", "세션 %s 연결됨, 클라이언트 ID %s%s."),
    SESSION_PRESENT(" (session present: the broker kept this client's subscriptions)", " (세션 유지: 브로커가 이 클라이언트의 구독을 기억하고 있습니다)"),
    SESSION_FAILED("session %s could not connect: %s", "세션 %s 연결 실패: %s"),
    SESSION_LOST("session %s lost its connection: %s", "세션 %s의 연결이 끊겼습니다: %s"),
    SESSION_EXISTS("A session named '%s' already exists; pick another name or `use %s`.", "'%s' 세션이 이미 있습니다. 다른 이름을 쓰거나 `use %s`를 입력하세요."),
    NO_SESSION("No session named '%s'. Sessions: %s. Make one with `connect %s`.", "'%s' 세션이 없습니다. 세션: %s. `connect %s`로 만드세요."),
    NO_SESSIONS("No sessions. Make one with `connect NAME`.", "세션이 없습니다. `connect 이름`으로 만드세요."),
    NOW_USING("Now using session %s: sub and pub go through client %s.", "이제 세션 %s을(를) 사용합니다: sub와 pub는 클라이언트 %s(으)로 보냅니다."),
    DISCONNECTED("session %s disconnected (DISCONNECT sent: the broker discards its will).", "세션 %s 연결 종료 (DISCONNECT를 보냈으므로 브로커는 유언 메시지를 버립니다)."),
    KILLED("session %s killed: its TCP connection was cut without DISCONNECT, so the broker publishes its will%s.",
            "세션 %s 강제 종료: DISCONNECT 없이 TCP 연결을 끊었으므로 브로커가 유언 메시지를 발행합니다%s."),
    KILLED_WILL(" on '%s'", " ('%s' 토픽)"),
    KILLED_NO_WILL(" (it has none: give one with `connect NAME --will-topic T --will-payload P`)",
            " (유언 메시지가 없습니다: `connect 이름 --will-topic T --will-payload P`로 지정하세요)"),
    NOT_CONNECTED("session %s is not connected (%s). Reconnect with `connect %s`.", "세션 %s은(는) 연결되어 있지 않습니다 (%s). `connect %s`로 다시 연결하세요."),
    SUBSCRIBED("subscribed %s to %s (QoS %s)%s", "%s이(가) %s 구독 (QoS %s)%s"),
    SUB_STOPS_AFTER(", stops after %d messages", ", 메시지 %d개 후 종료"),
    SUB_DENIED("The broker refused the subscription to %s (SUBACK 0x80).", "브로커가 %s 구독을 거부했습니다 (SUBACK 0x80)."),
    SUB_ENDED("subscription to %s on %s ended (%s).", "%s 구독 종료 (%s, %s)."),
    SUB_ENDED_COUNT("%d messages", "메시지 %d개"),
    SUB_ENDED_TIMEOUT("timed out", "시간 초과"),
    UNSUBSCRIBED("unsubscribed %s from %s.", "%s이(가) %s 구독 해제."),
    NO_SUBS("session %s has no subscriptions. Subscribe with: sub -t TOPIC", "세션 %s에는 구독이 없습니다. 구독하려면: sub -t 토픽"),
    NOTHING_TO_UNSUB("session %s has no subscription to %s. Its subscriptions: %s.", "세션 %s에는 %s 구독이 없습니다. 구독 목록: %s."),
    PUBLISHED("published to %s (QoS %d%s)%s", "%s에 발행 (QoS %d%s)%s"),
    PUB_ACKED(", acknowledged", ", 확인 응답 받음"),
    PUB_RETAINED(", retained", ", 보존"),
    STDIN_IN_SHELL("%s reads standard input, which the shell is using. Use -m MESSAGE or -f FILE here.",
            "%s은(는) 표준 입력을 읽는데, 셸이 사용 중입니다. 여기서는 -m 메시지 또는 -f 파일을 쓰세요."),
    TIMEOUT("%s: no answer from the broker within %d s.", "%s: %d초 안에 브로커가 응답하지 않았습니다."),
    TRACE_ON("Tracing: every packet through the broker is shown above the prompt. `trace off` to stop, `trace last` for the picture.",
            "추적 중: 브로커를 지나는 모든 패킷을 프롬프트 위에 보여줍니다. 멈추려면 `trace off`, 그림은 `trace last`."),
    TRACE_OFF("Tracing off (the last packets are still kept for `trace last`).", "추적 끔 (`trace last`용 최근 패킷은 계속 보관합니다)."),
    TRACE_NOTHING("No message has gone through the broker yet%s. Publish one: pub -t test -m hello -q 2",
            "아직 브로커를 지난 메시지가 없습니다%s. 발행해 보세요: pub -t test -m hello -q 2"),
    LOG_ON("Broker log on: mosquitto -v style lines above the prompt. `log off` to stop.", "브로커 로그 켬: mosquitto -v 형식으로 프롬프트 위에 표시합니다. 끄려면 `log off`."),
    LOG_OFF("Broker log off.", "브로커 로그 끔."),
    EMPTY_TREE("No topics seen yet. Publish something: pub -t building/125/sensor1/temperature -m 24.8",
            "아직 본 토픽이 없습니다. 발행해 보세요: pub -t building/125/sensor1/temperature -m 24.8"),
    NONE("(none)", "(없음)"),
    CTRL_C("(Ctrl-C cancels the line; Ctrl-D or `quit` leaves the lab)", "(Ctrl-C는 입력 줄을 취소합니다. 나가려면 Ctrl-D 또는 `quit`)");

    private final String en;
    private final String ko;

    Msg(String en, String ko) {
        this.en = en;
        this.ko = ko;
    }

    public String text(Lang lang) { return lang == Lang.KO ? ko : en; }
}
