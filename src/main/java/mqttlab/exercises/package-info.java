/**
 * The graded exercises: the catalogue, one grader per kind (quiz, lab, program, jshell, shell), the
 * criteria and report they produce, and the progress file that keeps the best score.
 *
 * <p>Graders see the lab through {@link mqttlab.exercises.LabSystem} (the broker's tap and the
 * building), so the same grader runs in the shell and in {@code mqttlab check}. May import
 * {@code broker}, {@code building}, {@code protocol}, {@code json}, {@code sandbox} and {@code text}.
 */
package mqttlab.exercises;
