package mqttlab.sandbox;

import java.util.ArrayList;
import java.util.List;
import mqttlab.text.Text;

/**
 * How a student's program ended, as the lab saw it from outside (exit status, whether it had to kill
 * it) and as the {@link ExitWitness} saw it from inside, with one sentence for the student.
 *
 * @param status the JVM's exit status (for {@link Kind#EXITED}, the one the program asked for)
 * @param detail the exception's class for THREW, the way out for EXITED ({@code System.exit}, ...)
 * @param message the exception's message for THREW
 * @param where {@code Controller.java:12}, or empty
 * @param refused what the witness refused meanwhile: {@code exec ls}, {@code threads 200}, ...
 */
public record Outcome(Kind kind, int status, String detail, String message, String where, List<String> refused) {
    public enum Kind {
        /** {@code main} returned by itself. */
        RETURNED,
        /** {@code main} threw. */
        THREW,
        /** It ended when the lab asked (interrupt), by returning or throwing. */
        STOPPED,
        /** It ended the JVM itself: exit or halt, with a status. */
        EXITED,
        /** It ran out of heap. */
        OUT_OF_MEMORY,
        /** It was still running at the time limit and was killed. */
        TIME_LIMIT,
        /** It ignored the request to stop and was killed. */
        KILLED,
        /** The JVM ended otherwise (a signal, a crash). */
        DIED,
        /** There was no {@code public static void main(String[])} to run. */
        NO_MAIN
    }

    public Outcome {
        refused = List.copyOf(refused);
    }

    /** True when it ended by itself or when asked: nothing had to be forced. */
    public boolean clean() {
        return kind == Kind.RETURNED || kind == Kind.STOPPED;
    }

    /** The exception as a person reads it: {@code IllegalStateException: boom at Controller.java:12}. */
    public String exceptionLine() {
        String simple = detail.substring(detail.lastIndexOf('.') + 1);
        return (message.isEmpty() ? simple : Text.t("sandbox.outcome.exception", simple, message)) + (where.isEmpty() ? "" : Text.t("sandbox.outcome.at", where));
    }

    /** One sentence on how the program ended, in the lab's language; then one per refusal. */
    public List<String> sentences(Limits limits) {
        List<String> out = new ArrayList<>();
        out.add(switch (kind) {
            case RETURNED -> Text.t("sandbox.outcome.returned");
            case THREW -> Text.t("sandbox.outcome.threw", exceptionLine());
            case STOPPED -> Text.t("sandbox.outcome.stopped");
            case EXITED -> Text.t("sandbox.outcome.exited", detail, status, where.isEmpty() ? "" : Text.t("sandbox.outcome.at", where));
            case OUT_OF_MEMORY -> Text.t("sandbox.outcome.oom", limits.heapMegabytes());
            case TIME_LIMIT -> Text.t("sandbox.outcome.time", limits.time().toSeconds());
            case KILLED -> Text.t("sandbox.outcome.killed", limits.grace().toSeconds());
            case DIED -> Text.t("sandbox.outcome.died", status);
            case NO_MAIN -> Text.t("sandbox.outcome.nomain", detail);
        });
        for (String r : refused) {
            String[] w = r.split(" ", 2);
            out.add(Text.t("sandbox.refused.told." + w[0], w.length > 1 ? w[1] : ""));
        }
        return out;
    }

    /** The first sentence alone. */
    public String sentence(Limits limits) {
        return sentences(limits).get(0);
    }
}
