package mqttlab.classroom;

/**
 * What a student's lab hears from the classroom, for the shell to print above the prompt:
 * connection changes with the instructor's lab, and the class channel's messages. Each carries
 * the one line to show.
 */
public sealed interface ClassEvent {
    /** The line to print for people. */
    String message();

    /** First connection made. */
    record Joined(String address, String user) implements ClassEvent {
        public String message() { return "Joined the class at " + address + " as " + user + "."; }
    }

    /** The link to the instructor's lab broke; the lab keeps trying. */
    record Lost(String reason) implements ClassEvent {
        public String message() {
            return "The instructor's lab went away (" + reason + "). Your progress is kept here; reconnecting...";
        }
    }

    /** Reconnected after {@link Lost}; the progress report has been sent again. */
    record Back(boolean sessionKept) implements ClassEvent {
        public String message() {
            return "The instructor's lab is back" + (sessionKept ? "" : " (it had forgotten this session; subscribed again)")
                    + "; your progress was sent again.";
        }
    }

    /**
     * The link ended for good: the broker refused the account on a reconnect (e.g. removed from
     * the roster), or another lab joined with the same account; no more retries.
     */
    record Refused(String reason) implements ClassEvent {
        public String message() { return "Disconnected from the instructor's lab for good (" + reason + "); not reconnecting."; }
    }

    /** {@code class announce TEXT}. */
    record Announcement(String text) implements ClassEvent {
        public String message() { return "Announcement: " + text; }
    }

    /** {@code class lesson N}: the lesson everyone should open. */
    record LessonSuggested(int lesson) implements ClassEvent {
        public String message() { return "The instructor suggests lesson " + lesson + ": type `lesson " + lesson + "`."; }
    }

    /** {@code class allow ac} / {@code class deny ac}. */
    record AcPermission(boolean allowed) implements ClassEvent {
        public String message() {
            return allowed ? "You may now command the A/C units (building/<room>/ac/set)."
                    : "Commanding the A/C units is closed again.";
        }
    }
}
