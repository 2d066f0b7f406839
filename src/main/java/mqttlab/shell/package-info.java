/**
 * The lab shell: JLine line reading and completion, the commands (one class each in {@code command}
 * and the feature packages), the client sessions (through {@code client}), the trace,
 * lessons and exercises at the prompt, the building view and the classroom for a student.
 *
 * <p>May import every package below it ({@code protocol}, {@code broker}, {@code building},
 * {@code lessons}, {@code exercises}, {@code classroom}, {@code client}, {@code tools}, {@code text}); only {@code cli}
 * imports it.
 */
package mqttlab.shell;
