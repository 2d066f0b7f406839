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

/** Tab completion: command names, each command's flags, topics seen (after -t and the like), session and client names. */
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
        if (TOPIC_FLAGS.contains(prev) || e.name().equals("unsub") || e.name().equals("trace") && prev.equals("topic")) {
            topics(out);
            return;
        }
        if (word.startsWith("-")) {
            for (OptionSpec o : spec(e).options()) for (String n : o.names()) out.add(new Candidate(n, n, null, o.description().length > 0 ? o.description()[0] : null, null, null, true));
            return;
        }
        switch (e.name()) {
            case "use", "disconnect", "kill" -> ctx.sessions().names().forEach(n -> out.add(new Candidate(n)));
            case "trace" -> {
                for (String w : List.of("on", "off", "last", "topic")) out.add(new Candidate(w));
                ctx.sessions().all().forEach(s -> out.add(new Candidate(s.clientId())));
            }
            case "fault" -> {
                if (line.wordIndex() == 1) for (String w : List.of("drop", "delay", "cut", "list", "clear")) out.add(new Candidate(w));
                else if (line.wordIndex() == 2 && !prev.equals("cut")) for (String w : List.of("publish", "puback", "pubrec", "pubrel", "pubcomp")) out.add(new Candidate(w));
                else if (line.wordIndex() == 3) for (String w : List.of("to", "from")) out.add(new Candidate(w));
                else ctx.sessions().all().forEach(s -> out.add(new Candidate(s.clientId())));
            }
            case "log" -> { out.add(new Candidate("on")); out.add(new Candidate("off")); }
            case "help" -> registry.entries().forEach(x -> out.add(new Candidate(x.name())));
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
