package mqttlab.shell.session;

import static mqttlab.text.Text.t;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import mqttlab.broker.SubscriptionInfo;
import mqttlab.shell.Endpoint;
import mqttlab.shell.Printer;
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
    public static void show(Session s) {
        Printer printer = s.printer();
        try {
            List<ShellSubscription> restored = restore(s);
            printer.println(printer.styles().styled(Styles.FAINT, restored.isEmpty()
                    ? t("shell.resume.no.subs", s.name())
                    : t("shell.resume.subs", s.name(), describe(restored))));
            showKept(s);
        } finally {
            s.goLive();
        }
    }

    /**
     * Prints the messages the broker kept for a resumed session while it was away, each marked so, or that
     * there were none. A `sub -c -i ID` that resumes calls this once its own subscription is shown.
     */
    public static void showKept(Session s) {
        Printer printer = s.printer();
        List<Received> kept = s.takeResumed(s.keptByBroker(), QUIET_MILLIS, MAX_MILLIS);
        if (kept.isEmpty()) {
            printer.println(printer.styles().styled(Styles.FAINT, t("shell.resume.nothing", s.name())));
        } else {
            printer.println(printer.styles().styled(Styles.BOLD, t("shell.resume.queued", s.name(), kept.size())));
            String mark = t("shell.resume.mark");
            for (Received m : kept) s.dispatch(m, mark);
        }
    }

    /**
     * The subscriptions to print messages for: the broker's own list for this client id when the broker is the
     * lab's, else what the shell remembers; each shown as the student made it when the shell remembers how.
     */
    static List<ShellSubscription> restore(Session s) {
        Endpoint endpoint = s.sessions().endpoint();
        Sessions.Kept remembered = s.remembered();
        List<SubOptions> made = remembered == null ? List.of() : remembered.subscriptions();
        Map<String, Integer> held = new LinkedHashMap<>();
        if (endpoint.embedded()) {
            for (SubscriptionInfo i : endpoint.broker().subscriptions()) {
                if (i.clientId().equals(s.connection().clientId())) held.put(i.filter(), i.qos());
            }
        } else {
            for (SubOptions o : made) for (String f : o.topics) held.put(f, o.qos);
        }
        List<ShellSubscription> out = new ArrayList<>();
        for (SubOptions o : made) {
            if (!o.topics.isEmpty() && held.keySet().containsAll(o.topics)) {
                out.add(new ShellSubscription(s, o));
                o.topics.forEach(held::remove);
            }
        }
        held.forEach((filter, qos) -> out.add(new ShellSubscription(s, SubOptions.of(filter, qos))));
        s.subscriptions().addAll(out);
        return out;
    }

    private static String describe(List<ShellSubscription> subs) {
        List<String> parts = new ArrayList<>();
        for (ShellSubscription x : subs) for (String f : x.filters()) parts.add(f + " (QoS " + x.qos() + ")");
        return String.join(", ", parts);
    }
}
