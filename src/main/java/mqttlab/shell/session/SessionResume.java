package mqttlab.shell.session;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import mqttlab.broker.SubscriptionInfo;
import mqttlab.shell.ShellContext;
import mqttlab.shell.Styles;
import mqttlab.client.Received;
import mqttlab.client.SubOptions;

/**
 * What the shell shows when a session resumes (CONNACK session present = 1): the subscriptions the broker
 * kept, which the shell prints messages for again, and the messages the broker kept while the client was
 * away, each marked so (a redelivery also DUP). This is the difference between a durable and a transient
 * subscription, made visible.
 */
public final class SessionResume {
    private static final long QUIET_MILLIS = 300, MAX_MILLIS = 3000;

    private SessionResume() { }

    /** Restores the display of a resumed session and prints what the broker kept; then the session goes live. */
    public static void show(ShellContext ctx, Session s) {
        try {
            List<ShellSubscription> restored = restore(ctx, s);
            ctx.println(ctx.styles().styled(Styles.FAINT, restored.isEmpty()
                    ? ctx.t("shell.resume.no.subs", s.name())
                    : ctx.t("shell.resume.subs", s.name(), describe(restored))));
            List<Received> kept = s.takeResumed(s.keptByBroker(), QUIET_MILLIS, MAX_MILLIS);
            if (kept.isEmpty()) {
                ctx.println(ctx.styles().styled(Styles.FAINT, ctx.t("shell.resume.nothing", s.name())));
            } else {
                ctx.println(ctx.styles().styled(Styles.BOLD, ctx.t("shell.resume.queued", s.name(), kept.size())));
                String mark = ctx.t("shell.resume.mark");
                for (Received m : kept) s.dispatch(m, mark);
            }
        } finally {
            s.goLive();
        }
    }

    /**
     * The subscriptions to print messages for: the broker's own list for this client id when the broker is the
     * lab's, else what the shell remembers; each shown as the student made it when the shell remembers how.
     */
    static List<ShellSubscription> restore(ShellContext ctx, Session s) {
        Sessions.Kept remembered = s.remembered();
        List<SubOptions> made = remembered == null ? List.of() : remembered.subscriptions();
        Map<String, Integer> held = new LinkedHashMap<>();
        if (ctx.endpoint().embedded()) {
            for (SubscriptionInfo i : ctx.endpoint().broker().subscriptions()) {
                if (i.clientId().equals(s.connection().clientId())) held.put(i.filter(), i.qos());
            }
        } else {
            for (SubOptions o : made) for (String f : o.topics) held.put(f, o.qos);
        }
        List<ShellSubscription> out = new ArrayList<>();
        for (SubOptions o : made) {
            if (!o.topics.isEmpty() && held.keySet().containsAll(o.topics)) {
                out.add(new ShellSubscription(ctx, s, o));
                o.topics.forEach(held::remove);
            }
        }
        held.forEach((filter, qos) -> out.add(new ShellSubscription(ctx, s, SubOptions.of(filter, qos))));
        s.subscriptions().addAll(out);
        return out;
    }

    private static String describe(List<ShellSubscription> subs) {
        List<String> parts = new ArrayList<>();
        for (ShellSubscription x : subs) for (String f : x.filters()) parts.add(f + " (QoS " + x.qos() + ")");
        return String.join(", ", parts);
    }
}
