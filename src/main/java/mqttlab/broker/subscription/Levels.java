package mqttlab.broker.subscription;

/** Splits a topic or filter on '/', keeping empty levels ("a//b" has three). */
final class Levels {
    private Levels() {
    }

    static String[] of(String s) {
        int n = 1;
        for (int i = 0; i < s.length(); i++) if (s.charAt(i) == '/') n++;
        String[] levels = new String[n];
        int start = 0;
        int k = 0;
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) == '/') {
                levels[k++] = s.substring(start, i);
                start = i + 1;
            }
        }
        levels[k] = s.substring(start);
        return levels;
    }
}
