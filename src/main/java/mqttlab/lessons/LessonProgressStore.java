package mqttlab.lessons;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * Where the steps a student has done are kept between runs: by lesson key ({@code "07"}), the step
 * numbers done. {@link JsonLessonProgressStore} keeps them in a file; {@link #inMemory()} forgets.
 */
public interface LessonProgressStore {

    /** What was saved, or an empty map when nothing was (or it could not be read). */
    Map<String, Set<Integer>> load();

    /** Replaces what is kept with {@code progress}. */
    void save(Map<String, Set<Integer>> progress);

    /** A store that keeps progress only while the lab runs. */
    static LessonProgressStore inMemory() {
        return new LessonProgressStore() {
            private Map<String, Set<Integer>> kept = Map.of();

            @Override
            public synchronized Map<String, Set<Integer>> load() { return new HashMap<>(kept); }

            @Override
            public synchronized void save(Map<String, Set<Integer>> progress) { kept = Map.copyOf(progress); }
        };
    }
}
