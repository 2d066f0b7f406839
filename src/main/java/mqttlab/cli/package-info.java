/**
 * The command line: {@code mqttlab [COMMAND]} with picocli, one class per subcommand
 * ({@code sub}, {@code pub}, {@code decode}, {@code encode}, {@code match}, {@code broker}, {@code passwd},
 * {@code bench}, {@code classroom}, {@code check}); no command opens the shell. The top of the graph:
 * it may import everything, and nothing imports it.
 */
package mqttlab.cli;
