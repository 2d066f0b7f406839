package mqttlab.exercises.quiz;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The meaningful lines of an answers file, with their line numbers. */
record AnswerLines(List<Line> lines) {

    record Line(int number, String text) {
    }

    static AnswerLines read(Path file) throws IOException {
        List<Line> out = new ArrayList<>();
        List<String> all = Files.readAllLines(file, StandardCharsets.UTF_8);
        for (int i = 0; i < all.size(); i++) {
            String s = all.get(i).strip();
            if (!s.isEmpty()) out.add(new Line(i + 1, s));
        }
        return new AnswerLines(out);
    }

    static String[] tokens(String s) {
        return s.strip().split("\\s+");
    }
}
