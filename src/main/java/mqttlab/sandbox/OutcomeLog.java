package mqttlab.sandbox;

import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * What a student JVM says about how its program ended, one event a line (fields separated by tabs),
 * written in the child and read by the lab once the child is gone. A file rather than a pipe: the
 * program's own output cannot get mixed in, and what was written before a halt is still there.
 */
public final class OutcomeLog implements AutoCloseable {
    private final OutputStream out;

    private OutcomeLog(OutputStream out) {
        this.out = out;
    }

    /** Opens {@code file} for appending (the child's side). */
    public static OutcomeLog open(Path file) throws IOException {
        return new OutcomeLog(new FileOutputStream(file.toFile(), true));
    }

    /** Appends one event; written through at once, so a halt right after loses nothing. */
    public synchronized void write(String... fields) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < fields.length; i++) {
            if (i > 0) b.append('\t');
            b.append(fields[i] == null ? "" : fields[i].replaceAll("[\\t\\r\\n]", " "));
        }
        b.append('\n');
        try {
            out.write(b.toString().getBytes(StandardCharsets.UTF_8));
            out.flush();
        } catch (IOException e) {
            // the lab then reports what it sees from outside: the exit status
        }
    }

    /** Every event in {@code file} (the lab's side); none when there is no file. */
    public static List<List<String>> read(Path file) {
        List<List<String>> events = new ArrayList<>();
        try {
            if (!Files.exists(file)) return events;
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                if (!line.isBlank()) events.add(Arrays.asList(line.split("\t", -1)));
            }
        } catch (IOException e) {
            // no events
        }
        return events;
    }

    @Override
    public void close() throws IOException {
        out.close();
    }
}
