/**
 * The explaining tools behind {@code decode}, {@code encode} and {@code match}, shared by the shell and the
 * command line: they take arguments and return text, and never open a connection.
 *
 * <p>May import {@code protocol} and {@code text}.
 */
package mqttlab.tools;
