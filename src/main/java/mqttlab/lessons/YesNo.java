package mqttlab.lessons;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Yes and no as people type them, in English and Korean: {@code yes}, {@code y}, {@code 네}, {@code 예}
 * mean yes; {@code no}, {@code n}, {@code 아니요}, {@code 아니오} mean no. A question that expects "no"
 * accepts every word for no.
 */
public final class YesNo {
    private static final Set<String> YES = Set.of("yes", "y", "yeah", "yep", "true", "네", "예", "응", "그래", "맞아", "맞아요", "맞습니다", "그렇다", "그렇습니다");
    private static final Set<String> NO = Set.of("no", "n", "nope", "false", "아니요", "아니오", "아뇨", "아니", "아니다", "아닙니다", "아니에요", "틀려요", "틀립니다");

    private YesNo() {}

    /** True or false for a word that means yes or no (case, spaces and a final full stop or '!' ignored). */
    public static Optional<Boolean> of(String text) {
        String t = text.strip().toLowerCase(Locale.ROOT).replaceAll("[.!。]+$", "").replaceAll("\\s+", "");
        if (YES.contains(t)) return Optional.of(true);
        if (NO.contains(t)) return Optional.of(false);
        return Optional.empty();
    }
}
