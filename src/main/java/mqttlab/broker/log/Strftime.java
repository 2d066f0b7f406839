package mqttlab.broker.log;

import java.time.ZonedDateTime;
import java.time.format.TextStyle;
import java.util.Locale;

/**
 * C's strftime for mosquitto's {@code log_timestamp_format}, in the C locale: %Y %m %d %H %M %S
 * %T %F %s %y %e %j %a %A %b %B %p %I %z %Z %D %R %c %% %n %t. An unknown conversion is copied as
 * it is, so a typo shows in the output instead of failing.
 */
public final class Strftime {
    private Strftime() { }

    public static String format(String pattern, ZonedDateTime t) {
        StringBuilder sb = new StringBuilder(pattern.length() + 16);
        for (int i = 0; i < pattern.length(); i++) {
            char c = pattern.charAt(i);
            if (c != '%' || i + 1 == pattern.length()) {
                sb.append(c);
                continue;
            }
            char k = pattern.charAt(++i);
            switch (k) {
                case 'Y' -> sb.append(t.getYear());
                case 'y' -> pad(sb, t.getYear() % 100, 2, '0');
                case 'm' -> pad(sb, t.getMonthValue(), 2, '0');
                case 'd' -> pad(sb, t.getDayOfMonth(), 2, '0');
                case 'e' -> pad(sb, t.getDayOfMonth(), 2, ' ');
                case 'j' -> pad(sb, t.getDayOfYear(), 3, '0');
                case 'H' -> pad(sb, t.getHour(), 2, '0');
                case 'I' -> pad(sb, t.getHour() % 12 == 0 ? 12 : t.getHour() % 12, 2, '0');
                case 'M' -> pad(sb, t.getMinute(), 2, '0');
                case 'S' -> pad(sb, t.getSecond(), 2, '0');
                case 'p' -> sb.append(t.getHour() < 12 ? "AM" : "PM");
                case 's' -> sb.append(t.toEpochSecond());
                case 'T' -> sb.append(format("%H:%M:%S", t));
                case 'F' -> sb.append(format("%Y-%m-%d", t));
                case 'D' -> sb.append(format("%m/%d/%y", t));
                case 'R' -> sb.append(format("%H:%M", t));
                case 'c' -> sb.append(format("%a %b %e %H:%M:%S %Y", t));
                case 'a' -> sb.append(t.getDayOfWeek().getDisplayName(TextStyle.SHORT, Locale.ENGLISH));
                case 'A' -> sb.append(t.getDayOfWeek().getDisplayName(TextStyle.FULL, Locale.ENGLISH));
                case 'b', 'h' -> sb.append(t.getMonth().getDisplayName(TextStyle.SHORT, Locale.ENGLISH));
                case 'B' -> sb.append(t.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH));
                case 'z' -> {
                    int secs = t.getOffset().getTotalSeconds();
                    sb.append(secs < 0 ? '-' : '+');
                    pad(sb, Math.abs(secs) / 3600, 2, '0');
                    pad(sb, Math.abs(secs) / 60 % 60, 2, '0');
                }
                case 'Z' -> sb.append(t.getZone().getDisplayName(TextStyle.SHORT, Locale.ENGLISH));
                case 'n' -> sb.append('\n');
                case 't' -> sb.append('\t');
                case '%' -> sb.append('%');
                default -> sb.append('%').append(k);
            }
        }
        return sb.toString();
    }

    private static void pad(StringBuilder sb, int v, int width, char fill) {
        String s = Integer.toString(v);
        for (int i = s.length(); i < width; i++) sb.append(fill);
        sb.append(s);
    }
}
