package mqttlab.exercises;

import java.util.List;

/** Grades one exercise against the live system; never by comparing text alone. */
@FunctionalInterface
public interface Grader {
    List<Criterion> grade(Attempt attempt) throws Exception;
}
