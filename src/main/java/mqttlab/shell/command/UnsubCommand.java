package mqttlab.shell.command;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import mqttlab.shell.ShellContext;
import mqttlab.shell.ShellException;
import mqttlab.shell.Styles;
import mqttlab.shell.session.Session;
import mqttlab.shell.session.ShellSubscription;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "unsub", description = "Unsubscribe the current session from topic filters (all of them when none is given).",
        footerHeading = "%nExamples:%n", footer = {"  unsub -t building/#", "  unsub test", "  unsub"})
public final class UnsubCommand implements Runnable {
    private final ShellContext ctx;

    @Option(names = {"-t", "--topic"}, paramLabel = "${bundle:label.filter:-FILTER}", description = "filter to unsubscribe from (repeatable)")
    List<String> topics = new ArrayList<>();

    @Parameters(descriptionKey = "FILTER[0..*]", arity = "0..*", paramLabel = "${bundle:label.filter:-FILTER}", description = "filters, as an alternative to -t")
    List<String> more = new ArrayList<>();

    public UnsubCommand(ShellContext ctx) { this.ctx = ctx; }

    @Override
    public void run() {
        Session s = ctx.sessions().current();
        Set<String> wanted = new LinkedHashSet<>(topics);
        wanted.addAll(more);
        Set<String> known = new LinkedHashSet<>();
        for (ShellSubscription ss : s.subscriptions()) known.addAll(ss.filters());
        if (wanted.isEmpty()) wanted.addAll(known);
        if (wanted.isEmpty()) throw new ShellException(ctx.t("shell.no.subs", s.name()));
        for (ShellSubscription ss : s.subscriptions()) {
            if (ss.filters().stream().anyMatch(wanted::contains)) ss.cancel();
        }
        var c = s.awaitConnected();
        Session.await("unsub", c.unsubscribe(new ArrayList<>(wanted)));
        ctx.println(ctx.styles().styled(Styles.FAINT, ctx.t("shell.unsubscribed", s.clientId(), String.join(" ", wanted))));
    }
}
