package mqttlab.exercises;

import java.nio.file.Path;
import mqttlab.text.Text;

/**
 * One check of one exercise: the folder with the student's files, the lab to grade against
 * ({@code history} may be null when the broker has no tap), how to report progress, and whether
 * the student runs the program themselves ({@code --external}).
 */
public record Attempt(Exercise exercise, Path folder, LabSystem lab, PacketHistory history,
                      ProgressListener progress, boolean external) {
    public Attempt {
        if (progress == null) progress = ProgressListener.NONE;
    }

    public Path file(String name) {
        return folder.resolve(name);
    }

    public LabSystem requireLab() {
        if (lab == null) throw new LabUnavailableException(Text.t("check.needs.lab"));
        return lab;
    }

    public PacketHistory requireHistory() {
        if (history == null) {
            throw new LabUnavailableException(Text.t("check.needs.tap"));
        }
        return history;
    }
}
