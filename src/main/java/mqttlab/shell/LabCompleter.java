package mqttlab.shell;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.jline.reader.Candidate;
import org.jline.reader.Completer;
import org.jline.reader.LineReader;
import org.jline.reader.ParsedLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

/**
 * Tab completion: command names, each command's (and subcommand's) flags, subcommand names, the candidates a
 * parameter declares (picocli's {@code completionCandidates}), topics seen (after -t and the like, and for a FILTER),
 * session and client names.
 */
final class LabCompleter implements Completer {
    private static final List<String> TOPIC_FLAGS = List.of("-t", "--topic", "-T", "--filter-out", "-U", "--unsubscribe", "--will-topic");
    private final ShellContext ctx;
    private final CommandRegistry registry;
    private final Dispatcher dispatcher;
    private final Map<String, CommandSpec> specs = new ConcurrentHashMap<>();

    LabCompleter(ShellContext ctx, CommandRegistry registry, Dispatcher dispatcher) {
        this.ctx = ctx;
        this.registry = registry;
        this.dispatcher = dispatcher;
    }

    @Override
    public void complete(LineReader reader, ParsedLine line, List<Candidate> out) {
        if (line.wordIndex() == 0) {
            for (String n : registry.names()) out.add(new Candidate(n));
            return;
        }
        CommandRegistry.Entry e = registry.find(line.words().get(0));
        if (e == null) return;
        String word = line.word();
        String prev = line.wordIndex() > 0 ? line.words().get(line.wordIndex() - 1) : "";
        if (TOPIC_FLAGS.contains(prev) || e.name().equals("unsub")) {
            topics(out);
            return;
        }
        // the subcommand the line names, if any (fault drop …, trace last …): its options and words from here
        CommandSpec spec = spec(e);
        int first = 1;
        if (line.wordIndex() > 1) {
            picocli.CommandLine sub = spec.subcommands().get(line.words().get(1).toLowerCase(java.util.Locale.ROOT));
            if (sub != null) {
                spec = sub.getCommandSpec();
                first = 2;
            }
        }
        if (word.startsWith("-")) {
            for (OptionSpec o : spec.options()) for (String n : o.names()) out.add(new Candidate(n, n, null, o.description().length > 0 ? o.description()[0] : null, null, null, true));
            return;
        }
        if (first == 1 && line.wordIndex() == 1) {
            spec.subcommands().values().stream().map(c -> c.getCommandName()).distinct().forEach(n -> out.add(new Candidate(n)));
        }
        int index = 0;   // which of the (sub)command's words this is: options and their values aside
        for (int i = first; i < line.wordIndex(); i++) if (!line.words().get(i).startsWith("-")) index++;
        for (PositionalParamSpec p : spec.positionalParameters()) {
            if (p.hidden() || !p.index().contains(index)) continue;
            if (p.completionCandidates() != null) p.completionCandidates().forEach(c -> out.add(new Candidate(c)));
            // by the description key, "CLIENT[2]": the label itself is in the lab's language (label.* in the catalogue)
            String what = p.descriptionKey() == null ? "" : p.descriptionKey().replaceAll("\\[.*", "");
            switch (what) {
                case "CLIENT" -> ctx.sessions().all().forEach(s -> out.add(new Candidate(s.clientId())));
                case "FILTER" -> topics(out);
                default -> { }
            }
        }
        switch (e.name()) {
            case "use", "disconnect", "kill" -> ctx.sessions().names().forEach(n -> out.add(new Candidate(n)));
            case "help" -> {
                if (line.wordIndex() == 1) registry.entries().forEach(x -> out.add(new Candidate(x.name())));
                CommandRegistry.Entry about = line.wordIndex() == 2 ? registry.find(line.words().get(1)) : null;
                if (about != null) spec(about).subcommands().values().stream().map(c -> c.getCommandName()).distinct().forEach(n -> out.add(new Candidate(n)));
            }
            default -> { }
        }
    }

    /** Topics seen, and each of their parent levels with /# (a ready-made wildcard filter). */
    private void topics(List<Candidate> out) {
        java.util.Set<String> all = new java.util.TreeSet<>();
        for (String t : ctx.topicsSeen()) {
            all.add(t);
            int i = t.lastIndexOf('/');
            while (i > 0) {
                all.add(t.substring(0, i) + "/#");
                i = t.lastIndexOf('/', i - 1);
            }
        }
        all.add("#");
        for (String t : all) out.add(new Candidate(t, t, null, null, null, null, true));
    }

    private CommandSpec spec(CommandRegistry.Entry e) {
        return specs.computeIfAbsent(e.name(), k -> dispatcher.commandLine(e).getCommandSpec());
    }

}
