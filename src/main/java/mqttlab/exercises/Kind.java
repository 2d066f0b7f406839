package mqttlab.exercises;

/** How an exercise is done and graded. */
public enum Kind {
    /** The student acts in the shell; the grader reads the broker's packet tap. */
    SHELL,
    /** An answers file checked with the protocol rules. */
    QUIZ,
    /** A Java file compiled and run in-process against the lab. */
    JAVA,
    /** A program in any language the student runs; graded with {@code --external}. */
    EXTERNAL;

    public static Kind parse(String s) {
        return valueOf(s.trim().toUpperCase(java.util.Locale.ROOT));
    }
}
