package mqttlab.text;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * How a Korean reader says the end of a word, which decides the particle after it: the final
 * consonant (받침) of its last syllable. Hangul is read as written; a number by its Sino-Korean
 * reading (0 영, 1 일, 10 십, 100 백 …); a Latin word by the lab's table of readings (ON 온,
 * QoS 큐오에스, PUBACK 퍼브액), or, when it is an acronym, letter by letter (ACL 에이씨엘).
 * Empty when no reading is sure: the catalogue's sentences then put no particle after it.
 */
public final class KoreanReading {
    private KoreanReading() { }

    /** The final consonant of a syllable, in the order of Unicode's Hangul syllable block (0 = none). */
    public enum Final { NONE, RIEUL, OTHER }

    private static final String[] DIGITS = {"영", "일", "이", "삼", "사", "오", "육", "칠", "팔", "구"};
    private static final String[] TENS = {"", "십", "백", "천"};
    private static final String[] MYRIADS = {"", "만", "억", "조", "경"};

    /** Latin words the lab prints, as Koreans read them (lower case keys). */
    private static final Map<String, String> WORDS = Map.ofEntries(
            Map.entry("on", "온"), Map.entry("off", "오프"), Map.entry("qos", "큐오에스"), Map.entry("mqtt", "엠큐티티"),
            Map.entry("connect", "커넥트"), Map.entry("connack", "커넥"), Map.entry("publish", "퍼블리시"),
            Map.entry("puback", "퍼브액"), Map.entry("pubrec", "퍼브렉"), Map.entry("pubrel", "퍼브렐"),
            Map.entry("pubcomp", "퍼브콤프"), Map.entry("subscribe", "서브스크라이브"), Map.entry("suback", "서브액"),
            Map.entry("unsubscribe", "언서브스크라이브"), Map.entry("unsuback", "언서브액"), Map.entry("pingreq", "핑리퀘스트"),
            Map.entry("pingresp", "핑리스폰스"), Map.entry("disconnect", "디스커넥트"), Map.entry("auth", "오스"),
            Map.entry("retain", "리테인"), Map.entry("dup", "덥"), Map.entry("will", "윌"), Map.entry("online", "온라인"),
            Map.entry("offline", "오프라인"), Map.entry("yes", "예스"), Map.entry("no", "노"), Map.entry("true", "트루"),
            Map.entry("false", "폴스"), Map.entry("http", "에이치티티피"), Map.entry("post", "포스트"), Map.entry("tcp", "티씨피"),
            Map.entry("json", "제이슨"), Map.entry("java", "자바"), Map.entry("jshell", "제이셸"), Map.entry("paho", "파호"),
            Map.entry("mosquitto", "모스키토"), Map.entry("mosquitto_sub", "모스키토 서브"), Map.entry("mosquitto_pub", "모스키토 펍"),
            Map.entry("sub", "서브"), Map.entry("pub", "펍"), Map.entry("unsub", "언서브"), Map.entry("topic", "토픽"),
            Map.entry("payload", "페이로드"), Map.entry("clean", "클린"), Map.entry("session", "세션"), Map.entry("id", "아이디"),
            Map.entry("ok", "오케이"), Map.entry("help", "헬프"), Map.entry("lesson", "레슨"), Map.entry("next", "넥스트"),
            Map.entry("hint", "힌트"), Map.entry("answer", "앤서"), Map.entry("check", "체크"), Map.entry("exercise", "엑서사이즈"),
            Map.entry("decode", "디코드"), Map.entry("encode", "인코드"), Map.entry("match", "매치"), Map.entry("trace", "트레이스"),
            Map.entry("building", "빌딩"), Map.entry("sensor", "센서"), Map.entry("ac", "에이씨"), Map.entry("kill", "킬"),
            Map.entry("cut", "컷"), Map.entry("quit", "큇"), Map.entry("step", "스텝"), Map.entry("back", "백"),
            Map.entry("reset", "리셋"), Map.entry("progress", "프로그레스"), Map.entry("lang", "랭"), Map.entry("use", "유즈"),
            Map.entry("clients", "클라이언츠"), Map.entry("sessions", "세션스"), Map.entry("retained", "리테인드"),
            Map.entry("fault", "폴트"), Map.entry("log", "로그"), Map.entry("tree", "트리"), Map.entry("stats", "스탯츠"),
            Map.entry("compare", "컴페어"), Map.entry("sleep", "슬립"), Map.entry("scoreboard", "스코어보드"),
            Map.entry("roster", "로스터"), Map.entry("class", "클래스"));

    /** Letters of the alphabet as Koreans spell them. */
    private static final String[] LETTERS = {"에이", "비", "씨", "디", "이", "에프", "지", "에이치", "아이", "제이", "케이", "엘", "엠",
            "엔", "오", "피", "큐", "알", "에스", "티", "유", "브이", "더블유", "엑스", "와이", "지"};

    /** The Korean reading of the end of {@code text} (one word after the last space), when sure. */
    public static Optional<String> reading(String text) {
        String w = lastWord(text);
        if (w.isEmpty()) return Optional.empty();
        char last = w.charAt(w.length() - 1);
        if (isHangulSyllable(last)) return Optional.of(String.valueOf(last));
        if (Character.isDigit(last)) return Optional.of(number(trailingDigits(w)));
        String known = WORDS.get(w.toLowerCase(Locale.ROOT));
        if (known != null) return Optional.of(known);
        // an acronym of up to five capitals (ACL, TLS) is spelled letter by letter
        if (w.chars().allMatch(c -> c < 128 && Character.isLetter(c)) && w.length() <= 5 && w.equals(w.toUpperCase(Locale.ROOT))) {
            StringBuilder sb = new StringBuilder();
            for (char c : w.toCharArray()) sb.append(LETTERS[c - 'A']);
            return Optional.of(sb.toString());
        }
        return Optional.empty();
    }

    /** The final consonant kind of the reading, when sure. */
    public static Optional<Final> ending(String text) {
        return reading(text).map(r -> {
            char c = r.charAt(r.length() - 1);
            int jong = (c - 0xAC00) % 28;
            return jong == 0 ? Final.NONE : jong == 8 ? Final.RIEUL : Final.OTHER;
        });
    }

    /** A non-negative whole number as Koreans read it aloud (only its end matters for particles). */
    static String number(String digits) {
        String d = digits.replaceFirst("^0+(?=\\d)", "");
        if (d.equals("0")) return "영";
        if (d.length() > 20) d = d.substring(d.length() - 20);
        StringBuilder sb = new StringBuilder();
        int n = d.length();
        for (int i = 0; i < n; i++) {
            int v = d.charAt(i) - '0';
            int pos = n - 1 - i;
            if (v != 0) {
                if (v != 1 || (pos % 4 == 0 && i != 0) || pos == 0) sb.append(DIGITS[v]);
                sb.append(TENS[pos % 4]);
            }
            if (pos % 4 == 0 && pos > 0 && groupNonZero(d, i)) sb.append(MYRIADS[pos / 4]);
        }
        return sb.toString();
    }

    private static boolean groupNonZero(String d, int end) {
        for (int i = Math.max(0, end - 3); i <= end; i++) if (d.charAt(i) != '0') return true;
        return false;
    }

    private static String trailingDigits(String w) {
        int i = w.length();
        while (i > 0 && Character.isDigit(w.charAt(i - 1))) i--;
        return w.substring(i);
    }

    static boolean isHangulSyllable(char c) { return c >= 0xAC00 && c <= 0xD7A3; }

    /** The last word, without the quotes, brackets and dots a sentence wraps around it. */
    static String lastWord(String text) {
        int end = text.length();
        while (end > 0 && "`'\")]}>»」』.,·:".indexOf(text.charAt(end - 1)) >= 0) end--;
        int start = end;
        while (start > 0) {
            char c = text.charAt(start - 1);
            if (Character.isWhitespace(c) || "`'\"([{<«「『/".indexOf(c) >= 0) break;
            start--;
        }
        return text.substring(start, end);
    }
}
