package mqttlab.text;

import java.util.List;
import java.util.Optional;

/**
 * Korean particles after a word that is only known at run time. The catalogue writes the particle
 * in its two-form notation right after the placeholder ({@code {0}을(를)}, {@code {0}(으)로}); once
 * the value is in, {@link #resolve} keeps the form the word's last syllable asks for, read as a
 * Korean reader says it ({@link KoreanReading}: "QoS 0" ends in 영, so "QoS 0으로"). When no reading
 * is sure the two-form notation would stay, so the catalogue puts these markers only after values the
 * reader knows (numbers, Korean words, packet names, ON/OFF) and writes around the others.
 */
public final class Particles {
    private Particles() { }

    /** A particle in its two forms: after a final consonant, after a vowel; and how the catalogue writes it. */
    record Pair(String marker, String afterConsonant, String afterVowel, boolean rieulTakesVowelForm) { }

    private static final List<Pair> PAIRS = List.of(
            new Pair("을(를)", "을", "를", false),
            new Pair("를(을)", "을", "를", false),
            new Pair("은(는)", "은", "는", false),
            new Pair("는(은)", "은", "는", false),
            new Pair("이(가)", "이", "가", false),
            new Pair("가(이)", "이", "가", false),
            new Pair("과(와)", "과", "와", false),
            new Pair("와(과)", "과", "와", false),
            new Pair("(으)로", "으로", "로", true),
            new Pair("(이)나", "이나", "나", false),
            new Pair("(이)라는", "이라는", "라는", false),
            new Pair("(이)라고", "이라고", "라고", false),
            new Pair("(이)에요", "이에요", "예요", false),
            new Pair("아(야)", "아", "야", false));

    /** {@code word} followed by the right form of {@code particle} (either form, or its marker, may be given). */
    public static String attach(String word, String particle) {
        return resolve(word + markerOf(particle));
    }

    /** The right form of the particle for {@code word}; empty when the word's reading is not sure. */
    public static Optional<String> pick(String word, String particle) {
        Pair p = pairOf(markerOf(particle));
        return KoreanReading.ending(word).map(f -> form(p, f));
    }

    /** Every two-form marker in {@code text} replaced by the form its preceding word takes. */
    public static String resolve(String text) {
        if (text.indexOf('(') < 0) return text;
        StringBuilder out = new StringBuilder(text.length());
        int i = 0;
        outer:
        while (i < text.length()) {
            for (Pair p : PAIRS) {
                if (text.startsWith(p.marker(), i) && i > 0 && !Character.isWhitespace(text.charAt(i - 1))) {
                    Optional<KoreanReading.Final> f = KoreanReading.ending(out.toString());
                    if (f.isPresent()) {
                        out.append(form(p, f.get()));
                        i += p.marker().length();
                        continue outer;
                    }
                }
            }
            out.append(text.charAt(i++));
        }
        return out.toString();
    }

    private static String form(Pair p, KoreanReading.Final f) {
        return switch (f) {
            case NONE -> p.afterVowel();
            case RIEUL -> p.rieulTakesVowelForm() ? p.afterVowel() : p.afterConsonant();
            case OTHER -> p.afterConsonant();
        };
    }

    private static String markerOf(String particle) {
        for (Pair p : PAIRS) {
            if (p.marker().equals(particle) || p.afterConsonant().equals(particle) || p.afterVowel().equals(particle)) return p.marker();
        }
        throw new IllegalArgumentException("not a particle the lab knows: " + particle);
    }

    private static Pair pairOf(String marker) {
        for (Pair p : PAIRS) if (p.marker().equals(marker)) return p;
        throw new IllegalArgumentException(marker);
    }
}
