/**
 * The course: lessons parsed from Markdown ({@link mqttlab.lessons.LessonParser}), their steps and
 * what completes each ({@link mqttlab.lessons.StepCheck}), the student's place and progress, and
 * rendering for a terminal ({@code render}).
 *
 * <p>May import {@code protocol}, {@code json} and {@code text}; it never talks to a broker itself: the
 * shell feeds it {@link mqttlab.lessons.LabEvent}s.
 */
package mqttlab.lessons;
