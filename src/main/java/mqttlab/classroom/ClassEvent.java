package mqttlab.classroom;

import static mqttlab.text.Text.t;

/**
 * What a student's lab hears from the classroom, for the shell to print above the prompt:
 * connection changes with the instructor's lab, and the class channel's messages. Each carries
 * the one line to show.
 */
public sealed interface ClassEvent {
    /** The line to print for people, in the language the lab speaks. */
    String message();

    /** First connection made. */
    record Joined(String address, String user) implements ClassEvent {
        public String message() { return t("classroom.event.joined", address, user); }
    }

    /** The link to the instructor's lab broke; the lab keeps trying. */
    record Lost(String reason) implements ClassEvent {
        public String message() {
            return t("classroom.event.lost", reason);
        }
    }

    /** Reconnected after {@link Lost}; the progress report has been sent again. */
    record Back(boolean sessionKept) implements ClassEvent {
        public String message() {
            return t(sessionKept ? "classroom.event.back" : "classroom.event.back.resubscribed");
        }
    }

    /**
     * The link ended for good: the broker refused the account on a reconnect (e.g. removed from
     * the roster), or another lab joined with the same account; no more retries.
     */
    record Refused(String reason) implements ClassEvent {
        public String message() { return t("classroom.event.refused", reason); }
    }

    /**
     * Another connection of the same account took this lab's client id; the lab rejoins under
     * {@code newId} rather than take the old one back.
     */
    record TakenOver(String by, String oldId, String newId) implements ClassEvent {
        public String message() { return t("classroom.event.taken.over", by, oldId, newId); }
    }

    /** Back in class under a fresh client id after {@link TakenOver}; the progress report has been sent again. */
    record Rejoined(String clientId) implements ClassEvent {
        public String message() { return t("classroom.event.rejoined", clientId); }
    }

    /** {@code class announce TEXT}. */
    record Announcement(String text) implements ClassEvent {
        public String message() { return t("classroom.event.announcement", text); }
    }

    /** {@code class lesson N}: the lesson everyone should open. */
    record LessonSuggested(int lesson) implements ClassEvent {
        public String message() { return t("classroom.event.lesson", lesson); }
    }

    /** {@code class allow ac} / {@code class deny ac}. */
    record AcPermission(boolean allowed) implements ClassEvent {
        public String message() {
            return t(allowed ? "classroom.event.ac.allowed" : "classroom.event.ac.denied");
        }
    }
}
