package mqttlab.shell.trace;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ScheduledExecutorService;
import java.util.function.Consumer;
import mqttlab.broker.tap.RecentTapEvents;
import mqttlab.broker.tap.TapEvent;
import mqttlab.lessons.LessonSession;
import mqttlab.protocol.packet.Publish;
import mqttlab.shell.Endpoint;
import mqttlab.shell.Printer;
import mqttlab.shell.tree.TopicTree;

/**
 * The shell's one listener on the packet tap (the embedded broker's, or the relay's with --broker). It keeps the last packets for
 * `trace last`, the last packet's bytes for `decode last`, feeds the topic tree and completion, and
 * prints each packet above the prompt while `trace on`.
 */
public final class TapHub {
    private static final int KEEP = 5000;
    /** Bytes the kept packets may hold: in class this lab sees every student's packets, however big. */
    private static final long KEEP_BYTES = 64L << 20;
    private final Printer printer;
    private final Endpoint endpoint;
    private final ScheduledExecutorService scheduler;
    private final Consumer<String> sawTopic;
    private final RecentTapEvents recent = new RecentTapEvents(KEEP, KEEP_BYTES);
    private final TopicTree tree = new TopicTree();
    private volatile byte[] lastBytes;
    private volatile TapEvent lastSent;
    private volatile TraceScope live;
    private volatile AutoCloseable subscription;
    private volatile AutoCloseable logListener;
    private final ArrayDeque<double[]> rates = new ArrayDeque<>();
    private long prevIn = -1, prevOut = -1;

    /** Listens on {@code endpoint}'s tap once started, sampling rates on {@code scheduler}; every topic published goes to {@code sawTopic}. */
    public TapHub(Printer printer, Endpoint endpoint, ScheduledExecutorService scheduler, Consumer<String> sawTopic) {
        this.printer = printer;
        this.endpoint = endpoint;
        this.scheduler = scheduler;
        this.sawTopic = sawTopic;
    }

    /** Starts listening (once) to the embedded broker or the relay; a no-op when there is neither. */
    public synchronized void start() {
        if (subscription != null || endpoint.view() == null) return;
        subscription = endpoint.view().tap().listen(this::onEvent);
        scheduler.scheduleAtFixedRate(this::sample, 1, 1, java.util.concurrent.TimeUnit.SECONDS);
    }

    private void sample() {
        try {
            var s = endpoint.view().stats();
            synchronized (rates) {
                if (prevIn >= 0) rates.addLast(new double[] {s.publishReceived() - prevIn, s.publishSent() - prevOut});
                while (rates.size() > 60) rates.removeFirst();
                prevIn = s.publishReceived();
                prevOut = s.publishSent();
            }
        } catch (RuntimeException ignored) {
            // the broker is stopping
        }
    }

    /** PUBLISH messages per second {in, out}, one entry per second, oldest first (at most a minute). */
    public List<double[]> rates() {
        synchronized (rates) { return new ArrayList<>(rates); }
    }

    /** Turns the broker log above the prompt on or off. */
    public synchronized void log(boolean on) {
        if (on && logListener == null) {
            logListener = endpoint.view().log().addListener(line -> printer.printAsync(printer.styles().styled(mqttlab.shell.Styles.FAINT, mqttlab.text.OutsideText.line(line.replace("\t", "    ")))));
        } else if (!on && logListener != null) {
            try { logListener.close(); } catch (Exception ignored) { /* gone */ }
            logListener = null;
        }
    }

    void onEvent(TapEvent e) {
        recent.add(e);
        if (e.direction() != mqttlab.broker.tap.Direction.DROPPED) lastBytes = e.bytes(); // a dropped copy has no bytes
        if (sentByStudent(e)) lastSent = e;
        if (e.packet() instanceof Publish p && e.direction() == mqttlab.broker.tap.Direction.IN) {
            sawTopic.accept(p.topic());
            tree.record(p.topic(), p.payload(), p.retain(), e.time());
        }
        TraceScope scope = live;
        if (scope != null && scope.shows(e)) printer.printAsync(printer.styles().styled(mqttlab.shell.Styles.FAINT, PacketLine.describe(e)));
    }

    public List<TapEvent> recent() {
        return recent.list();
    }

    public byte[] lastPacketBytes() { return lastBytes; }

    /** A packet the relay's codec refused, after the tap's event {@code afterSeq}: `decode last` shows where its bytes break the rules. */
    public record Malformed(byte[] bytes, String from, mqttlab.protocol.packet.MqttVersion version, long afterSeq) { }

    private volatile Malformed lastMalformed;

    public void malformed(byte[] bytes, String from, mqttlab.protocol.packet.MqttVersion version) {
        if (bytes.length == 0) return;
        TapEvent sent = lastSent;
        lastBytes = bytes;
        lastMalformed = new Malformed(bytes, from, version, sent == null ? 0 : sent.seq());
    }

    /** The last refused packet, or null. */
    public Malformed lastMalformed() { return lastMalformed; }

    /**
     * The last packet one of the student's clients sent to the broker (not the building's clients),
     * acknowledgements and pings aside: what `decode last` explains. Null before there is one.
     */
    public TapEvent lastSent() { return lastSent; }

    private static boolean sentByStudent(TapEvent e) {
        if (e.direction() != mqttlab.broker.tap.Direction.IN || LessonSession.BUILDING_CLIENTS.test(e.clientId())) return false;
        return switch (e.packet().type()) {
            case PUBACK, PUBREC, PUBREL, PUBCOMP, PINGREQ -> false;
            default -> true;
        };
    }

    public TopicTree tree() { return tree; }

    /** Prints the packets {@code scope} shows above the prompt as they pass (`trace on`); null stops (`trace off`). */
    public void live(TraceScope scope) { live = scope; }

    public boolean live() { return live != null; }

    public void stop() {
        if (logListener != null) log(false);
        AutoCloseable s = subscription;
        if (s != null) {
            try { s.close(); } catch (Exception ignored) { /* leaving */ }
        }
    }
}
