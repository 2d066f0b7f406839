package mqttlab.classroom;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import mqttlab.broker.auth.Authenticator;
import mqttlab.text.Phrase;

/**
 * The passwords printed for everyone to read, in the shipped {@code broker/classroom.conf}'s
 * comments ({@code #   alice / alice-pw}) and in any config that copies them. A class that still
 * accepts one of them can be joined by anyone who has read the file, so the instructor is warned
 * at start, once per account, until the passwords are changed.
 */
final class ExamplePasswords {
    /** A comment line that prints an account: {@code #   user / password}. */
    private static final Pattern PRINTED = Pattern.compile("^#\\s+([A-Za-z0-9_.-]+) / (\\S+)\\s*$");

    private ExamplePasswords() { }

    /** The accounts and passwords {@code config}'s comments print; none when it cannot be read. */
    static Map<String, String> printedIn(Path config) {
        Map<String, String> out = new LinkedHashMap<>();
        if (config == null) return out;
        try {
            for (String line : Files.readAllLines(config, StandardCharsets.UTF_8)) {
                Matcher m = PRINTED.matcher(line);
                if (m.matches()) out.put(m.group(1), m.group(2));
            }
        } catch (IOException e) {
            // no comments to read: nothing printed
        }
        return out;
    }

    /** One warning per account that still accepts its printed password. */
    static List<Phrase> warnings(Path config, Path passwordFile, Authenticator accounts) {
        List<Phrase> out = new ArrayList<>();
        for (var e : printedIn(config).entrySet()) {
            if (accounts.authenticate(e.getKey(), e.getValue().getBytes(StandardCharsets.UTF_8))) {
                out.add(new Phrase("class.example.password", e.getKey(), config.getFileName(), passwordFile));
            }
        }
        return out;
    }
}
