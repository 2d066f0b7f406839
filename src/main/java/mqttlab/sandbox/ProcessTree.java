package mqttlab.sandbox;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Ends a process and everything it started, by force, and waits until they are gone. */
public final class ProcessTree {
    private ProcessTree() {
    }

    /** Kills {@code root} and its descendants; true when none of them is alive afterwards. */
    public static boolean kill(ProcessHandle root, Duration wait) {
        // The children are listed first: once the root is gone they are re-parented and lost from view.
        List<ProcessHandle> all = new ArrayList<>(root.descendants().toList());
        all.add(0, root);
        for (ProcessHandle p : all) p.destroyForcibly();
        long deadline = System.nanoTime() + wait.toNanos();
        for (ProcessHandle p : all) {
            long left = deadline - System.nanoTime();
            try {
                if (left > 0) p.onExit().get(left, TimeUnit.NANOSECONDS);
            } catch (Exception stillThere) {
                // checked below
            }
        }
        return all.stream().noneMatch(ProcessHandle::isAlive);
    }
}
