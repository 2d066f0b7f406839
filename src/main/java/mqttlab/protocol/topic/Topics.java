package mqttlab.protocol.topic;

import java.util.ArrayList;
import java.util.List;

/** Small helpers shared by the topic classes. */
final class Topics {
    private Topics() {
    }

    /** Splits on '/', keeping empty levels: {@code "/a/"} gives {@code ["", "a", ""]}. */
    static List<String> split(String s) {
        List<String> levels = new ArrayList<>();
        int start = 0;
        for (int i = 0; i <= s.length(); i++) {
            if (i == s.length() || s.charAt(i) == '/') {
                levels.add(s.substring(start, i));
                start = i + 1;
            }
        }
        return List.copyOf(levels);
    }
}
