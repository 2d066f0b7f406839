package mqttlab.exercises;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class ProgressBarTest {
    @Test
    @DisplayName("a bar is drawn once per step of the run, the last one marked done")
    void drawnOncePerStep() {
        List<String> drawn = new ArrayList<>();
        ProgressListener bar = ProgressBar.drawn(4, 10, (line, done) -> drawn.add(line + (done ? " (done)" : "")));
        for (int i = 0; i <= 100; i++) bar.update(i / 100.0, "simulated");
        assertEquals(List.of(
                "[░░░░░░░░░░]   0% simulated",
                "[███░░░░░░░]  25% simulated",
                "[█████░░░░░]  50% simulated",
                "[████████░░]  75% simulated",
                "[██████████] 100% simulated (done)"), drawn);
    }
}
