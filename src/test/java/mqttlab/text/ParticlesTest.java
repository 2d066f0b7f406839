package mqttlab.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ParticlesTest {

    @ParameterizedTest(name = "{0} + {1} → {2}")
    @CsvSource({
            // Hangul with and without a final consonant, and ending in ㄹ
            "토픽, 을, 토픽을", "브로커, 을, 브로커를", "메시지, 이, 메시지가", "세션, 이, 세션이",
            "세션, 은, 세션은", "브로커, 은, 브로커는", "구독, 과, 구독과", "발행자, 과, 발행자와",
            "세션, 으로, 세션으로", "브로커, 으로, 브로커로", "레벨, 으로, 레벨로", "레벨, 을, 레벨을", "파일, 이, 파일이",
            "파일, 으로, 파일로", "파일, 과, 파일과", "서울, 은, 서울은", "강의, 으로, 강의로", "채점, 으로, 채점으로",
            // Latin words read as Koreans say them
            "ON, 을, ON을", "OFF, 을, OFF를", "PUBACK, 이, PUBACK이", "PUBLISH, 을, PUBLISH를", "PUBREL, 으로, PUBREL로",
            "CONNECT, 과, CONNECT와", "ACL, 으로, ACL로", "QoS, 는, QoS는",
            "PUBREL, 은, PUBREL은", "MQTT, 은, MQTT는", "TLS, 로, TLS로", "mosquitto, 를, mosquitto를",
            // numbers by their Sino-Korean reading
            "QoS 0, 으로, QoS 0으로", "QoS 1, 으로, QoS 1로", "QoS 2, 으로, QoS 2로", "QoS 0, 을, QoS 0을",
            "연습 02, 을, 연습 02를", "연습 01, 을, 연습 01을", "3, 이, 3이", "4, 이, 4가", "6, 은, 6은", "9, 은, 9는",
            "10, 으로, 10으로", "100, 이, 100이", "1000, 을, 1000을", "1883, 으로, 1883으로", "24.8, 이, 24.8이",
            "20000, 으로, 20000으로",
            "1, 으로, 1로", "7, 으로, 7로", "8, 을, 8을", "3, 으로, 3으로", "5, 와, 5와", "`ON`, 을, `ON`을", "«125», 이, «125»가"})
    void attach(String word, String particle, String expected) {
        assertEquals(expected, Particles.attach(word, particle));
    }

    @ParameterizedTest(name = "{0}: no sure reading")
    @CsvSource({"sensor-kitchen", "watcher", "building/125/ac/set"})
    void unsure(String word) {
        assertEquals(Optional.empty(), Particles.pick(word, "을"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "QoS 0(으)로 구독 | QoS 0으로 구독",
            "`ON`을(를) 보내세요 | `ON`을 보내세요",
            "연습 02을(를) 채점합니다 | 연습 02를 채점합니다",
            "방 125이(가) 있고 센서와(과) 에어컨 | 방 125가 있고 센서와 에어컨",
            "watcher을(를) 보세요 | watcher을(를) 보세요"})
    void resolve(String text, String expected) {
        assertEquals(expected, Particles.resolve(text));
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({"0, 영", "1, 일", "10, 십", "11, 십일", "20, 이십", "100, 백", "125, 백이십오", "1883, 천팔백팔십삼", "10000, 만", "20000, 이만", "100000000, 억"})
    void numbers(String digits, String reading) {
        assertEquals(reading, KoreanReading.number(digits));
    }
}
