package mqttlab.exercises.progress;

import java.nio.file.Path;
import java.time.Clock;

/** Writes progress as fast as it can until killed: the victim of {@link ProgressKillTest}. */
public final class ProgressHammer {
    public static void main(String[] args) throws Exception {
        ProgressStore s = new ProgressStore(Path.of(args[0]), Clock.systemUTC());
        System.out.println("started");
        System.out.flush();
        for (int i = 0; ; i++) {
            s.recordCheck(String.format("%02d", 1 + i % 11), i % 101, i % 7 == 0);
            s.recordStep("06", Integer.toString(i % 50));
            if (i == 0) {
                System.out.println("written"); // the test kills only after one whole write, however slow the machine
                System.out.flush();
            }
        }
    }
}
