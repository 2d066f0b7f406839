package mqttlab.shell;

import mqttlab.text.EditDistance;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import picocli.CommandLine.Command;

/**
 * The shell's commands. A command is one picocli {@code @Command} class whose constructor takes the
 * {@link ShellContext}; adding one is one line: {@code registry.add(DecodeCommand.class, DecodeCommand::new)}.
 * Names and aliases come from the annotation; a fresh instance runs each time.
 */
public final class CommandRegistry {

    /** A registered command: its name, aliases, English summary, and how to make one. */
    public record Entry(String name, List<String> aliases, String summary, Class<?> type, Function<ShellContext, Object> factory) { }

    private final Map<String, Entry> byName = new LinkedHashMap<>();
    private final List<Entry> entries = new ArrayList<>();

    public <T> CommandRegistry add(Class<T> type, Function<ShellContext, ? extends T> factory) {
        Command c = type.getAnnotation(Command.class);
        if (c == null || c.name().isEmpty()) throw new IllegalArgumentException(type + " needs @Command(name = …)");
        String summary = c.description().length > 0 ? c.description()[0] : "";
        @SuppressWarnings("unchecked")
        Function<ShellContext, Object> f = (Function<ShellContext, Object>) factory;
        Entry e = new Entry(c.name(), List.of(c.aliases()), summary, type, f);
        entries.add(e);
        byName.put(c.name(), e);
        for (String a : c.aliases()) byName.put(a, e);
        return this;
    }

    /** The command by name or alias, or null. */
    public Entry find(String name) { return byName.get(name); }

    public List<Entry> entries() { return List.copyOf(entries); }

    /** Every name and alias, for completion. */
    public List<String> names() { return new ArrayList<>(byName.keySet()); }

    /** The closest known name to a mistyped one (edit distance ≤ 2), or null. */
    public String closest(String typed) {
        String best = null;
        int bestD = 3;
        for (String n : byName.keySet()) {
            int d = EditDistance.of(typed.toLowerCase(), n);
            if (d < bestD) { bestD = d; best = n; }
        }
        return best;
    }
}
