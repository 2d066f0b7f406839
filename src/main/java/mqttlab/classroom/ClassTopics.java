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

    /**
     * {@code lab/class/rollcall}: the instructor's console asks every student's lab to send its
     * presence and progress again, QoS 1, not retained. On a broker that does not hand retained
     * messages to a wildcard subscription, or keeps them per node (RabbitMQ 3.10), the scoreboard
     * would otherwise miss the students who reported before it subscribed.
     */
    public static final String ROLLCALL = "lab/class/rollcall";
    /** Where presence goes: inside each student's own space, so the usual ACL ({@code students/%u/#}) allows it. */
    private static final String PRESENCE_SUFFIX = "/lab/online";
    /** What the console subscribes to for presence. */
    public static final String ALL_PRESENCE = "students/+" + PRESENCE_SUFFIX;
    public static final String ONLINE = "online";
    /** Sent by the student's lab as it leaves, and by the broker as its will when the link dies. */
    public static final String OFFLINE = "offline";

    private ClassTopics() { }

    /** {@code students/<user>/lab/online}: {@value #ONLINE} or {@value #OFFLINE}, QoS 1, not retained. */
    public static String presence(String user) {
        return "students/" + user + PRESENCE_SUFFIX;
    }

    /** The user of a presence topic: {@code students/alice/lab/online} → alice; anything else → empty. */
    public static Optional<String> userOfPresence(String topic) {
        if (!topic.startsWith("students/") || !topic.endsWith(PRESENCE_SUFFIX)) return Optional.empty();
        String user = topic.substring("students/".length(), topic.length() - PRESENCE_SUFFIX.length());
        return user.isEmpty() || user.contains("/") ? Optional.empty() : Optional.of(user);
    }

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
