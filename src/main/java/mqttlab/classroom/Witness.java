package mqttlab.classroom;

import java.util.OptionalInt;

/**
 * What the instructor's lab saw a student do on the class broker, so the scoreboard need not take the
 * student's word: an exercise passed (with the score the lab's own grading gives) and a lesson step
 * done. The {@link ClassGrader} is the real one; a class on an upstream broker sees nothing.
 */
public interface Witness {
    /** A witness that saw nothing: everything is self-reported. */
    Witness NOTHING = new Witness() {
        @Override public OptionalInt exercise(String user, String exerciseId) { return OptionalInt.empty(); }

        @Override public boolean step(String user, String lesson, int step) { return false; }
    };

    /** The score the lab's own grading gives {@code user}'s exercise, when it passes on what the broker saw. */
    OptionalInt exercise(String user, String exerciseId);

    /** True when the broker saw {@code user}'s clients do what step {@code step} of lesson {@code lesson} asks. */
    boolean step(String user, String lesson, int step);
}
