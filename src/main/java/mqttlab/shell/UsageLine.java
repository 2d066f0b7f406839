package mqttlab.shell;

/**
 * A command with subcommands that says a mistake in its words in one sentence of its own, in the lab's language
 * ({@code fault: say drop, delay, duplicate, cut, list or clear}), rather than in picocli's words.
 */
public interface UsageLine {
    /**
     * The sentence for a mistake in the words of {@code subcommand} (the command's own name for a word that names
     * no subcommand), with the words as typed after the command; null: picocli's own message.
     */
    String usageLine(String subcommand, java.util.List<String> words);
}
