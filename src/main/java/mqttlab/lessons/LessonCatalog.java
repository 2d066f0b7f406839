package mqttlab.lessons;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Every lesson in every language, read from a {@code lessons/} folder holding {@code en/NN-name.md}
 * and {@code ko/NN-name.md}. {@link #locate()} finds the folder: the {@code mqttlab.root} system
 * property (set by the launcher), else the working directory or one of its parents, else the copy
 * bundled in the jar under {@code /lessons}.
 */
public final class LessonCatalog {
    public static final String DEFAULT_LANG = "en";
    private final Map<String, InLanguage> byLang;

    private LessonCatalog(Map<String, InLanguage> byLang) {
        this.byLang = byLang;
    }

    /**
     * One language's lesson files, read and parsed when that language is first asked for: a shell reads one
     * language of the two, and it did both before its prompt (issue 14).
     */
    private static final class InLanguage {
        private final String lang;
        private final List<Path> files;
        private List<Lesson> lessons;

        InLanguage(String lang, List<Path> files) {
            this.lang = lang;
            this.files = files;
        }

        synchronized List<Lesson> lessons() {
            if (lessons != null) return lessons;
            List<Lesson> read = new ArrayList<>();
            try {
                for (Path f : files) {
                    String name = f.getFileName().toString();
                    read.add(LessonParser.parse(lang, name.substring(0, name.length() - 3), Files.readString(f, StandardCharsets.UTF_8)));
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read lessons from " + files.get(0).getParent().getParent() + ": " + e.getMessage(), e);
            }
            read.sort(Comparator.comparingInt(Lesson::id));
            lessons = List.copyOf(read);
            return lessons;
        }
    }

    /** Reads the lessons folder ({@code dir} is the {@code lessons/} folder itself): which languages, which files; each language's lessons are parsed when first asked for. */
    public static LessonCatalog load(Path dir) {
        Map<String, InLanguage> byLang = new TreeMap<>();
        try (Stream<Path> langs = Files.list(dir)) {
            for (Path langDir : langs.filter(Files::isDirectory).sorted().toList()) {
                String lang = langDir.getFileName().toString().replace("/", "");
                List<Path> lessons;
                try (Stream<Path> files = Files.list(langDir)) {
                    lessons = files.filter(p -> p.getFileName().toString().matches("\\d\\d-.*\\.md")).toList();
                }
                if (!lessons.isEmpty()) byLang.put(lang, new InLanguage(lang, lessons));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read lessons from " + dir + ": " + e.getMessage(), e);
        }
        if (byLang.isEmpty()) throw new IllegalStateException("no lessons found in " + dir);
        return new LessonCatalog(byLang);
    }

    /** The lessons the lab ships with, wherever they are (see the class comment). */
    public static LessonCatalog locate() {
        return load(findFolder().orElseThrow(() -> new IllegalStateException(
                "cannot find the lessons folder: run the lab from its folder or with -Dmqttlab.root=FOLDER")));
    }

    static Optional<Path> findFolder() {
        String root = System.getProperty("mqttlab.root");
        if (root != null && Files.isDirectory(Path.of(root, "lessons"))) return Optional.of(Path.of(root, "lessons"));
        for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
            if (Files.isDirectory(p.resolve("lessons").resolve(DEFAULT_LANG))) return Optional.of(p.resolve("lessons"));
        }
        return bundled();
    }

    private static Optional<Path> bundled() {
        URL url = LessonCatalog.class.getResource("/lessons/" + DEFAULT_LANG);
        if (url == null) return Optional.empty();
        try {
            URI uri = url.toURI();
            if ("jar".equals(uri.getScheme())) {
                try {
                    FileSystems.newFileSystem(uri, Map.of());
                } catch (FileSystemAlreadyExistsException e) {
                    // already open: Path.of below finds it
                }
            }
            return Optional.of(Path.of(uri).getParent());
        } catch (URISyntaxException | IOException e) {
            return Optional.empty();
        }
    }

    public List<String> languages() { return List.copyOf(byLang.keySet()); }

    /** The lessons in {@code lang}, in order; English when the language is unknown. */
    public List<Lesson> lessons(String lang) {
        return byLang.getOrDefault(lang, byLang.getOrDefault(DEFAULT_LANG, byLang.values().iterator().next())).lessons();
    }

    public Optional<Lesson> lesson(String lang, int id) {
        return lessons(lang).stream().filter(l -> l.id() == id).findFirst();
    }
}
