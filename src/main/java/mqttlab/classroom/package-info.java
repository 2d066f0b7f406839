/**
 * Classroom mode: one instructor's lab, a room full of students.
 *
 * <h2>Instructor</h2>
 * {@link mqttlab.classroom.Classroom#start} is the composition root ({@code mqttlab classroom}):
 * the broker from a mosquitto-syntax config (e.g. {@code broker/classroom.conf}) with its
 * password file and ACL, wrapped through {@code Broker.start(config, clock, securityHook)}:
 * <ul>
 * <li>{@link mqttlab.classroom.ClassroomPasswords}: the password file, re-read whenever it changes
 *     on disk (roster edits, {@code mqttlab passwd}, {@code mosquitto_passwd}), plus two internal
 *     accounts with random per-run passwords that are never written anywhere: {@code building}
 *     (the simulated building's clients) and {@code instructor} (the console's own connection);</li>
 * <li>{@link mqttlab.classroom.ClassroomAuthorizer}: the ACL file decides for everyone else; the
 *     internal {@code building} account may use {@code building/#}, the console anything; while
 *     {@code class allow ac} is on, any authenticated user may also publish to
 *     {@code building/+/ac/set}.</li>
 * </ul>
 * The instructor's shell commands are methods returning printable lines
 * ({@link mqttlab.classroom.InstructorCommands}; {@link mqttlab.classroom.Scoreboard},
 * {@link mqttlab.classroom.Roster}, {@link mqttlab.classroom.ClassControl}).
 *
 * <h2>Student</h2>
 * {@link mqttlab.classroom.StudentSession#join} ({@code mqttlab --join HOST[:PORT] --user NAME}):
 * one persistent MQTT 5 session (client id {@code <user>-lab-<random>}: in class an id belongs to its account, see {@link mqttlab.classroom.ClassroomAdmission}) that reconnects by itself; the
 * {@link mqttlab.classroom.ProgressReporter} publishes the student's
 * {@link mqttlab.classroom.ProgressReport} retained, QoS 1, on {@code lab/progress/<user>}
 * (the ACL's {@code pattern readwrite lab/progress/%u}); {@link mqttlab.classroom.ClassEvent}s
 * carry announcements, the suggested lesson, the A/C permission and the link's ups and downs,
 * each with the line to print.
 *
 * <h2>Topics</h2> ({@link mqttlab.classroom.ClassTopics}) {@code lab/progress/<user>},
 * {@code lab/class/announce}, {@code lab/class/lesson}, {@code lab/class/ac}: no {@code $}, so
 * students' own clients may read them; only the instructor writes {@code lab/class/#}.
 */
package mqttlab.classroom;
