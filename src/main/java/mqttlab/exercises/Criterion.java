package mqttlab.exercises;

/** One graded point: passed or not, and a sentence on what was seen and what was expected. */
public record Criterion(boolean passed, String text) {
    public static Criterion pass(String text) { return new Criterion(true, text); }

    public static Criterion fail(String text) { return new Criterion(false, text); }

    public static Criterion of(boolean ok, String whenPassed, String whenFailed) {
        return ok ? pass(whenPassed) : fail(whenFailed);
    }

    public String line() { return (passed ? "✔ " : "✘ ") + text; }
}
