package mqttlab.sandbox;

import java.util.ArrayList;
import java.util.List;
import mqttlab.sandbox.Outcome.Kind;

/** Turns what a student JVM left behind (its outcome log, its exit status, what the lab did to it) into an {@link Outcome}. */
final class Outcomes {
    private Outcomes() {
    }

    static Outcome read(List<List<String>> events, int exitStatus, boolean outOfMemory, boolean timeLimit, boolean killed) {
        boolean asked = false;
        List<String> refused = new ArrayList<>();
        Outcome end = null;
        for (List<String> e : events) {
            String f0 = e.get(0);
            switch (f0) {
                case "asked-to-stop" -> asked = true;
                case "refused" -> add(refused, field(e, 1) + " " + field(e, 2));
                case "threads" -> add(refused, "threads " + field(e, 1));
                case "nomain" -> end = first(end, new Outcome(Kind.NO_MAIN, exitStatus, field(e, 1), "", "", List.of()));
                case "returned" -> end = first(end, new Outcome(asked ? Kind.STOPPED : Kind.RETURNED, 0, "", "", "", List.of()));
                case "threw" -> end = first(end, asked
                        ? new Outcome(Kind.STOPPED, 0, field(e, 1), field(e, 2), field(e, 3), List.of())
                        : new Outcome(Kind.THREW, 0, field(e, 1), field(e, 2), field(e, 3), List.of()));
                case "exit" -> end = first(end, new Outcome(Kind.EXITED, parse(field(e, 1), exitStatus), field(e, 2), "", field(e, 3), List.of()));
                default -> { }
            }
        }
        // What the lab did, or the JVM's own last word, comes before what the log says.
        if (outOfMemory) end = new Outcome(Kind.OUT_OF_MEMORY, exitStatus, "", "", "", List.of());
        else if (timeLimit) end = new Outcome(Kind.TIME_LIMIT, exitStatus, "", "", "", List.of());
        else if (killed && (end == null || end.kind() != Kind.EXITED)) end = new Outcome(Kind.KILLED, exitStatus, "", "", "", List.of());
        else if (end == null) end = new Outcome(Kind.DIED, exitStatus, "", "", "", List.of());
        return new Outcome(end.kind(), end.status(), end.detail(), end.message(), end.where(), refused);
    }

    /** The JVM's own remarks about the options the lab gave it, which are not the program's output. */
    static boolean jvmNoise(String line) {
        return line.startsWith("WARNING: A command line option has enabled the Security Manager")
                || line.startsWith("WARNING: The Security Manager is deprecated")
                || line.startsWith("WARNING: A terminally deprecated method in java.lang.System")
                || line.startsWith("WARNING: System::setSecurityManager")
                || line.startsWith("WARNING: Please consider reporting this to the maintainers")
                || line.startsWith(JvmOptions.OOM_LINE);
    }

    private static Outcome first(Outcome seen, Outcome next) {
        return seen != null ? seen : next;
    }

    private static void add(List<String> refused, String r) {
        if (!refused.contains(r) && refused.size() < 5) refused.add(r);
    }

    private static String field(List<String> e, int i) {
        return i < e.size() ? e.get(i) : "";
    }

    private static int parse(String s, int fallback) {
        try {
            return Integer.parseInt(s.strip());
        } catch (NumberFormatException e) {
            return fallback;
        }
    }
}
