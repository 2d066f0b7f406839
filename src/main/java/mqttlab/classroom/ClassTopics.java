package mqttlab.classroom;

import java.util.Optional;

/**
 * The class channel's topics. None starts with {@code $}, so students' own clients can use them and
 * the shipped {@code broker/acl.example} protects them: every student may read {@code lab/class/#}
 * and read and write only {@code lab/progress/%u}; the instructor writes the rest.
 */
public final class ClassTopics {
    /** {@code lab/progress/<user>}: a student's progress, retained, QoS 1, JSON ({@link ProgressReport}). */
    public static final String PROGRESS_PREFIX = "lab/progress/";
    /** What the scoreboard subscribes to. */
    public static final String ALL_PROGRESS = PROGRESS_PREFIX + "+";
    /** Everything the class channel carries to students. */
    public static final String CLASS_ALL = "lab/class/#";
    /** {@code class announce TEXT}: QoS 1, not retained (a student who joins later does not see old news). */
    public static final String ANNOUNCE = "lab/class/announce";
    /** {@code class lesson N}: the lesson to open, retained so that late joiners see it. */
    public static final String LESSON = "lab/class/lesson";
    /** {@code class allow ac} / {@code class deny ac}: {@code allowed} or {@code denied}, retained. */
    public static final String AC = "lab/class/ac";

    private ClassTopics() { }

    public static String progress(String user) {
        return PROGRESS_PREFIX + user;
    }

    /** The user of a progress topic: {@code lab/progress/alice} → alice; anything else → empty. */
    public static Optional<String> userOf(String topic) {
        if (!topic.startsWith(PROGRESS_PREFIX)) return Optional.empty();
        String user = topic.substring(PROGRESS_PREFIX.length());
        return user.isEmpty() || user.contains("/") ? Optional.empty() : Optional.of(user);
    }
}
