package mqttlab.broker.config;

import java.util.Collection;
import mqttlab.text.EditDistance;

/** Suggests the nearest known word for a typo ("listner" → "listener"), by edit distance. */
public final class DidYouMean {
    private DidYouMean() { }

    /** The closest candidate within a small edit distance, or null when nothing is close. */
    public static String closest(String word, Collection<String> candidates) {
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        int limit = Math.max(1, Math.min(3, word.length() / 3));
        for (String c : candidates) {
            int d = EditDistance.of(word.toLowerCase(), c);
            if (d < bestDistance) {
                bestDistance = d;
                best = c;
            }
        }
        return bestDistance <= limit ? best : null;
    }
}
