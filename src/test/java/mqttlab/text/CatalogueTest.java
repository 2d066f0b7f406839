package mqttlab.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import mqttlab.text.Lang;
import mqttlab.shell.ShellCommands;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class CatalogueTest {
    /** picocli's help keys start with a command's name (the shell's, or {@code mqttlab} for the command line). */
    static final Set<String> PICOCLI_ROOTS = picocliRoots();

    static Set<String> picocliRoots() {
        Set<String> s = new TreeSet<>(ShellCommands.registry().names());
        s.addAll(List.of("mqttlab", "scoreboard", "roster", "class", "help", "version", "usage", "mixinStandardHelpOptions"));
        return s;
    }

    static boolean picocliKey(String key) { return PICOCLI_ROOTS.contains(key.split("\\.")[0].replaceAll("\\[\\d+]$", "")); }

    static Properties load(String name) throws IOException {
        Properties p = new Properties();
        try (InputStream in = CatalogueTest.class.getResourceAsStream("/" + name)) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }

    private static final Pattern HOLE = Pattern.compile("\\{(\\d+)[^}]*}|\\$\\{[^}]+}|%[sd]");

    /** The placeholders of a pattern, as a sorted set ({0}, {1}; picocli's ${...} and %s). */
    static Set<String> holes(String key, String pattern) {
        Set<String> s = new TreeSet<>();
        String p = picocliKey(key) ? pattern : pattern.replaceAll("'[^']*'", "");
        Matcher m = HOLE.matcher(p);
        while (m.find()) s.add(m.group(1) != null ? "{" + m.group(1) + "}" : m.group());
        return s;
    }

    @Test
    @DisplayName("English and Korean hold the same keys, with the same placeholders; every message parses")
    void sameKeysSamePlaceholders() throws IOException {
        Properties en = load("messages.properties"), ko = load("messages_ko.properties");
        assertEquals(new TreeSet<>(en.stringPropertyNames()), new TreeSet<>(ko.stringPropertyNames()), "keys");
        List<String> wrong = new ArrayList<>();
        for (String k : en.stringPropertyNames()) {
            String e = en.getProperty(k), o = ko.getProperty(k);
            if (!holes(k, e).equals(holes(k, o))) wrong.add(k + ": " + holes(k, e) + " vs " + holes(k, o));
            if (!picocliKey(k)) {
                for (String p : List.of(e, o)) {
                    try { new MessageFormat(p); } catch (IllegalArgumentException x) { wrong.add(k + " does not parse: " + x.getMessage()); }
                }
            }
        }
        assertTrue(wrong.isEmpty(), String.join("\n", wrong));
    }

    @Test
    @DisplayName("no key is written twice in a catalogue file (the second would silently replace the first)")
    void noKeyTwice() throws IOException {
        for (String name : List.of("messages.properties", "messages_ko.properties")) {
            Set<String> seen = new TreeSet<>();
            List<String> twice = new ArrayList<>();
            boolean continued = false;
            for (String line : Files.readAllLines(Path.of("src/main/resources", name), StandardCharsets.UTF_8)) {
                boolean key = !continued && !line.isBlank() && !line.startsWith("#") && !line.startsWith(" ") && line.contains("=");
                if (key && !seen.add(line.substring(0, line.indexOf('=')).strip())) twice.add(line);
                continued = line.endsWith("\\") && !line.endsWith("\\\\");
            }
            assertTrue(twice.isEmpty(), name + ":\n" + String.join("\n", twice));
        }
    }

    private static final Pattern ENGLISH_RUN = Pattern.compile("\\b[A-Za-z][a-z']+(\\s+[a-z][a-z']+){2,}\\b");

    @Test
    @DisplayName("no Korean message is English left untranslated")
    void koreanIsKorean() throws IOException {
        Properties ko = load("messages_ko.properties");
        List<String> left = new ArrayList<>();
        for (String k : ko.stringPropertyNames()) {
            String v = ko.getProperty(k).replaceAll("`[^`]*`", "").replaceAll("\\$\\{[^}]+}", "");
            // a help example is a command line as typed, then (after a gap) what it does: only that part is prose
            if (k.matches(".*\\.usage\\.footer\\.\\d+") && v.startsWith("  ")) v = v.strip().contains("   ") ? v.strip().replaceFirst("^.*?\\s{3,}", "") : "";
            if (ENGLISH_RUN.matcher(v).find()) left.add(k + " = " + ko.getProperty(k));
        }
        assertTrue(left.isEmpty(), String.join("\n", left));
    }

    private static final Pattern USE = Pattern.compile("\\b(?:t|in|get|say|text)\\(\\s*(?:[\\w.()]+,\\s*)?\"([a-z][a-z0-9-]*(?:\\.[a-z0-9-]+)+)\"");

    @Test
    @DisplayName("every key the code asks for is in the catalogue")
    void everyUsedKeyExists() throws IOException {
        Properties en = load("messages.properties");
        Set<String> namespaces = new TreeSet<>();
        for (String k : en.stringPropertyNames()) if (!picocliKey(k)) namespaces.add(k.split("\\.")[0]);
        List<String> missing = new ArrayList<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path f : (Iterable<Path>) files.filter(p -> p.toString().endsWith(".java"))::iterator) {
                Matcher m = USE.matcher(Files.readString(f));
                while (m.find()) if (namespaces.contains(m.group(1).split("\\.")[0]) && !en.containsKey(m.group(1))) missing.add(f.getFileName() + ": " + m.group(1));
            }
        }
        assertTrue(missing.isEmpty(), String.join("\n", missing));
    }

    private static final Pattern LITERAL = Pattern.compile("\"([a-z][\\w.-]*)\"");

    /**
     * Every key the catalogue holds is asked for somewhere: as a literal ({@code "codec.dup.1"}) or, for a
     * key the code builds, by a literal prefix ending in a dot ({@code "codec.qos." + q}). picocli's keys
     * (a command's or option's name) are read by picocli itself and are checked by showing every help in
     * Korean (CliInKoreanTest), so they are left out here.
     */
    @Test
    @DisplayName("no key in the catalogue is unused")
    void noUnusedKeys() throws IOException {
        Properties en = load("messages.properties");
        Set<String> literals = new TreeSet<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main"))) {
            for (Path f : (Iterable<Path>) files.filter(Files::isRegularFile)
                    .filter(p -> !p.getFileName().toString().startsWith("messages"))::iterator) {
                String name = f.getFileName().toString();
                if (!(name.endsWith(".java") || name.endsWith(".md") || name.endsWith(".html") || name.endsWith(".js"))) continue;
                Matcher m = LITERAL.matcher(Files.readString(f));
                while (m.find()) literals.add(m.group(1));
            }
        }
        List<String> unused = new ArrayList<>();
        for (String k : new TreeSet<>(en.stringPropertyNames())) {
            if (picocliKey(k) || literals.contains(k)) continue;
            boolean built = false;
            for (int dot = k.indexOf('.'); dot > 0 && !built; dot = k.indexOf('.', dot + 1)) built = literals.contains(k.substring(0, dot + 1));
            if (!built) unused.add(k);
        }
        assertTrue(unused.isEmpty(), "keys nothing asks for (delete them, or use them):\n" + String.join("\n", unused));
    }

    @Test
    @DisplayName("a Korean message gets its particles from the value: QoS 0으로, 연습 02를")
    void particlesInMessages() {
        assertEquals("토픽은 맞지만 QoS 0입니다. 이 단계는 QoS 1을 요구합니다 (`-q 1`).", Text.in(Lang.KO, "course.pub.qos", 0, 1));
        assertEquals("`a/b` 필터를 QoS 0으로 구독했습니다. 이 단계는 QoS 2를 요구합니다 (`-q 2`).", Text.in(Lang.KO, "course.sub.qos", "a/b", 0, 2));
        assertEquals("port 1883", Text.format(Lang.EN, "port {0}", 1883));
    }
}
