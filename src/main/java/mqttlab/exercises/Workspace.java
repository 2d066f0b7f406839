package mqttlab.exercises;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Where the student edits: {@code <home>/work/NN-slug/}, made from the exercise's starters on first
 * use, so the project's {@code exercises/} stay pristine and {@code reset} can restore a starter.
 */
public final class Workspace {
    private final Path root;

    public Workspace(Path home) {
        this.root = home.resolve("work");
    }

    public Path folder(Exercise e) {
        return root.resolve(e.slug());
    }

    /** The folder to grade: the student's copy when there is one, else the exercise folder itself. */
    public Path gradedFolder(Exercise e) {
        Path f = folder(e);
        return Files.isDirectory(f) ? f : e.folder();
    }

    /** Creates the student's copy when missing; returns its folder. */
    public Path prepare(Exercise e) throws IOException {
        Path f = folder(e);
        if (!Files.isDirectory(f)) copyStarters(e, f);
        return f;
    }

    /** Restores the starters, keeping the replaced files as {@code NAME.bak}. */
    public Path reset(Exercise e) throws IOException {
        Path f = folder(e);
        for (String name : e.starters()) {
            Path mine = f.resolve(name);
            if (Files.exists(mine)) Files.copy(mine, f.resolve(name + ".bak"), StandardCopyOption.REPLACE_EXISTING);
        }
        copyStarters(e, f);
        return f;
    }

    private static void copyStarters(Exercise e, Path to) throws IOException {
        Files.createDirectories(to);
        for (String name : e.starters()) {
            Files.copy(e.folder().resolve(name), to.resolve(name), StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
