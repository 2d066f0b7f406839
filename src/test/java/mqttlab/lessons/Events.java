package mqttlab.lessons;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Test helper: the event a student's action would produce for a check (what a step asks for), a
 * wrong but related one, and the events a step's solution lines would cause in the shell.
 */
final class Events {
    private Events() {}

    static final String STUDENT = "student";

    static LabEvent satisfying(StepCheck check) {
        if (check instanceof StepCheck.SubscriptionMade c)
            return new LabEvent.SubscriptionMade(STUDENT, c.filter().orElseGet(() -> c.topic().get()), c.qos().orElse(0));
        if (check instanceof StepCheck.PublishSeen c)
            return new LabEvent.MessagePublished(STUDENT, concrete(c.topic()), c.qos().orElse(0), c.retain().orElse(false), c.payload().orElse("24.8"));
        if (check instanceof StepCheck.MessageReceived c)
            return new LabEvent.MessageDelivered(STUDENT, concrete(c.topic()), c.qos().orElse(0), c.retain().orElse(false),
                    c.dup().orElse(false), c.payload().orElse("24.8"));
        if (check instanceof StepCheck.RetainedPresent c)
            return new LabEvent.MessagePublished(STUDENT, concrete(c.topic()), 0, true, c.payload().orElse("ON"));
        if (check instanceof StepCheck.CommandRun c) return new LabEvent.CommandRun(c.name() + " " + c.contains().orElse(""));
        if (check instanceof StepCheck.PacketDecoded c) return new LabEvent.PacketDecoded(c.type().orElse("PUBLISH"));
        if (check instanceof StepCheck.AnswerGiven c) return new LabEvent.AnswerTyped(" " + c.accepted().get(0).toUpperCase() + " ");
        if (check instanceof StepCheck.PacketObserved c)
            return new LabEvent.PacketSeen(STUDENT, c.inbound().orElse(true), c.type(), c.dup().orElse(false), c.qos().orElse(0), false);
        if (check instanceof StepCheck.Connected c)
            return new LabEvent.ClientConnected(c.clientId().orElse(STUDENT), c.cleanSession().orElse(true), c.sessionPresent().orElse(false));
        if (check instanceof StepCheck.Disconnected c)
            return new LabEvent.ClientDisconnected(c.clientId().orElse(STUDENT), c.graceful().orElse(true));
        if (check instanceof StepCheck.BrokerProbed c)
            return new LabEvent.BrokerProbed(c.port(), true, c.remote(), c.published().orElse(false) ? 1 : 0);
        throw new AssertionError("no event for " + check);
    }

    /** A related action that must not complete the step, or empty when there is no obvious one. */
    static Optional<LabEvent> wrong(StepCheck check) {
        LabEvent right = satisfying(check);
        if (right instanceof LabEvent.AnswerTyped) return Optional.of(new LabEvent.AnswerTyped("certainly not this"));
        if (right instanceof LabEvent.SubscriptionMade s) return Optional.of(new LabEvent.SubscriptionMade(STUDENT, "/" + s.filter(), s.qos()));
        if (right instanceof LabEvent.MessagePublished p && check instanceof StepCheck.PublishSeen c) {
            return Optional.of(c.qos().isPresent()
                    ? new LabEvent.MessagePublished(STUDENT, p.topic(), p.qos() == 2 ? 0 : p.qos() + 1, p.retain(), p.payload())
                    : new LabEvent.MessagePublished(STUDENT, "/" + p.topic(), p.qos(), p.retain(), p.payload()));
        }
        if (right instanceof LabEvent.MessagePublished p)   // retained: the same message without RETAIN
            return Optional.of(new LabEvent.MessagePublished(STUDENT, p.topic(), p.qos(), false, p.payload()));
        if (right instanceof LabEvent.ClientConnected c && (check instanceof StepCheck.Connected k) && k.cleanSession().isPresent())
            return Optional.of(new LabEvent.ClientConnected(c.clientId(), !c.cleanSession(), c.sessionPresent()));
        if (right instanceof LabEvent.PacketDecoded d)
            return Optional.of(new LabEvent.PacketDecoded(d.typeName().equals("CONNECT") ? "CONNACK" : "CONNECT"));
        return Optional.empty();
    }

    /** The events the solution's shell lines would cause, for the kinds a test can work out without a broker. */
    static List<LabEvent> fromSolution(List<String> lines) {
        List<LabEvent> out = new ArrayList<>();
        for (String line : lines) {
            LabEvent.CommandRun run = new LabEvent.CommandRun(line);
            out.add(run);
            if (line.strip().equals("/exit")) out.add(new LabEvent.CommandRun("java"));   // the shell's `java` ends there
            List<String> args = CheckParser.tokenize(run.args().replace("'", "\""));
            String name = run.name().replace("mosquitto_", "");
            if (name.equals("answer")) out.add(new LabEvent.AnswerTyped(run.args()));
            if (name.equals("sub")) {
                int qos = Integer.parseInt(flag(args, "-q", "0"));
                for (int i = 0; i < args.size() - 1; i++) {
                    if (args.get(i).equals("-t")) out.add(new LabEvent.SubscriptionMade(STUDENT, args.get(i + 1), qos));
                }
            }
            if (name.equals("pub")) {
                String payload = args.contains("-n") ? "" : flag(args, "-m", "");
                out.add(new LabEvent.MessagePublished(STUDENT, flag(args, "-t", "?"), Integer.parseInt(flag(args, "-q", "0")),
                        args.contains("-r"), payload));
            }
        }
        return out;
    }

    private static String flag(List<String> args, String name, String dflt) {
        int i = args.indexOf(name);
        return i >= 0 && i + 1 < args.size() ? args.get(i + 1) : dflt;
    }

    private static String concrete(String pattern) {
        return pattern.replace("+", "x").replace("#", "x");
    }
}
