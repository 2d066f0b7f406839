package mqttlab.classroom;

import static org.junit.jupiter.api.Assertions.*;

import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import mqttlab.broker.BrokerStats;
import mqttlab.building.BuildingConfig;
import mqttlab.testsupport.Await;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;

/**
 * The load check for the classroom (not in the default run):
 * {@code mvn test -Dtest=ClassroomLoadTest -Dmqttlab.load=true [-Dmqttlab.load.seconds=300]}.
 * 60 students on one instructor broker with the building running at 5x (8 sensors, QoS 0 readings
 * fanned out to every student): each student's lab reports progress every 5 s (retained, QoS 1),
 * each student's own program subscribes to the building, the class channel and its own space and
 * publishes 5 QoS 1 messages a second to its own space; the instructor announces every 10 s.
 * Checked: every QoS 1 message reaches its subscriber, every student sees the very same building
 * readings between two markers, the scoreboard ends right, and the heap after GC and the broker's
 * queues stay bounded. Prints the figures.
 */
@EnabledIfSystemProperty(named = "mqttlab.load", matches = "true")
class ClassroomLoadTest {
    private static final int STUDENTS = 60;
    @TempDir Path tmp;

    @Test
    @DisplayName("60 students plus the building on one instructor broker: every message delivered, memory bounded")
    void sixtyStudents() throws Exception {
        long seconds = Long.getLong("mqttlab.load.seconds", 300);
        ClassroomFixture f = ClassroomFixture.create(tmp, STUDENTS, "127.0.0.1", 0);
        ScheduledExecutorService timer = Executors.newScheduledThreadPool(2);
        List<AutoCloseable> open = new ArrayList<>();
        try (Classroom c = Classroom.start(f.config(), BuildingConfig.defaults(), Clock.systemUTC())) {
            c.building().orElseThrow().speed(5);
            int port = c.broker().port();
            List<StudentSession> sessions = new ArrayList<>();
            List<EventLog> logs = new ArrayList<>();
            List<Peer> peers = new ArrayList<>();
            List<Tally> tallies = new ArrayList<>();
            for (String u : f.students) {
                EventLog log = new EventLog();
                StudentSession s = StudentSession.join(JoinSpec.of("127.0.0.1:" + port, u, ClassroomFixture.password(u)), null, log);
                Tally t = new Tally(u);
                tallies.add(t);
                Peer p = Peer.connect(port, u, ClassroomFixture.password(u), t);
                p.subscribe("building/+/+/temperature");
                p.subscribe("lab/class/announce");
                p.subscribe("students/" + u + "/#");
                open.add(s);
                open.add(p);
                sessions.add(s);
                logs.add(log);
                peers.add(p);
            }
            Await.until(() -> sessions.stream().allMatch(StudentSession::connected), Duration.ofSeconds(30), "every student's lab joined");
            long heapStart = heapAfterGc();
            c.commands().announce("START");
            AtomicInteger sent = new AtomicInteger();
            AtomicInteger announcements = new AtomicInteger(1);
            int[] seq = new int[STUDENTS];
            var echo = timer.scheduleAtFixedRate(() -> {
                for (int i = 0; i < STUDENTS; i++) {
                    try {
                        peers.get(i).client.publishWith().topic("students/" + f.students.get(i) + "/echo").qos(com.hivemq.client.mqtt.datatypes.MqttQos.AT_LEAST_ONCE)
                                .payload(String.valueOf(seq[i]++).getBytes()).send();
                        sent.incrementAndGet();
                    } catch (RuntimeException e) {
                        fail(e);
                    }
                }
            }, 0, 200, TimeUnit.MILLISECONDS);
            var progress = timer.scheduleAtFixedRate(() -> {
                Instant now = Instant.now();
                for (int i = 0; i < STUDENTS; i++) {
                    final int n = i;
                    sessions.get(i).reporter().update(r -> r.stepDone(String.format("%02d", n % 12 + 1), r.stepsDone() + 1, now)
                            .at(String.format("%02d", n % 12 + 1), r.stepsDone() + 1, now));
                }
            }, 0, 5, TimeUnit.SECONDS);
            var announce = timer.scheduleAtFixedRate(() -> c.commands().announce("note " + announcements.getAndIncrement()), 10, 10, TimeUnit.SECONDS);

            long maxQueued = 0;
            long maxInflight = 0;
            List<Long> heap = new ArrayList<>();
            long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
            long nextReport = System.nanoTime();
            while (System.nanoTime() < end) {
                BrokerStats st = c.broker().stats();
                maxQueued = Math.max(maxQueued, st.storedMessages() - st.retained());
                maxInflight = Math.max(maxInflight, st.inflight());
                if (System.nanoTime() >= nextReport) {
                    heap.add(heapAfterGc() >> 20);
                    System.out.printf("load: %3d s, %d clients, %d msgs in, %d out, heap after GC %d MB%n",
                            st.uptime().toSeconds(), st.clientsConnected(), st.messagesReceived(), st.messagesSent(), heap.get(heap.size() - 1));
                    nextReport += TimeUnit.SECONDS.toNanos(30);
                }
                Thread.sleep(200);   // time must pass: this is a load test of a given duration, sampled five times a second
            }
            timer.shutdown();   // the publishing tasks end; one running now finishes first, so the counts below are final
            assertTrue(timer.awaitTermination(10, TimeUnit.SECONDS), "the publishing tasks ended");
            c.commands().announce("STOP");
            Await.until(() -> tallies.stream().allMatch(t -> t.stopped) && logs.stream().allMatch(l -> l.has(new ClassEvent.Announcement("STOP"))),
                    Duration.ofSeconds(30), () -> "every student saw STOP; not yet: " + tallies.stream().filter(t -> !t.stopped).map(t -> t.user + "'s program").toList()
                            + logs.stream().filter(l -> !l.has(new ClassEvent.Announcement("STOP"))).map(l -> "a lab: " + l).limit(2).toList());
            Await.until(() -> {
                for (int i = 0; i < STUDENTS; i++) {
                    if (tallies.get(i).echoes.cardinality() < seq[i]) return false;
                    if (!sessions.get(i).reporter().latest().equals(c.scoreboard().report(f.students.get(i)))) return false;
                }
                return true;
            }, Duration.ofSeconds(30), "every echo delivered, every last report on the scoreboard");

            int notes = announcements.get() - 1;
            for (int i = 0; i < STUDENTS; i++) {
                String u = f.students.get(i);
                assertEquals(seq[i], tallies.get(i).echoes.cardinality(), u + ": every QoS 1 message to its own space delivered");
                long got = logs.get(i).events.stream().filter(e -> e instanceof ClassEvent.Announcement a && a.text().startsWith("note ")).count();
                assertEquals(notes, got, u + ": every announcement shown");
                assertEquals(sessions.get(i).reporter().latest().orElseThrow(), c.scoreboard().report(u).orElseThrow(), u + ": scoreboard up to date");
            }
            Tally reference = tallies.get(0);
            assertTrue(reference.stopped && reference.readings > seconds * 5, "the building published: " + reference.readings);
            for (Tally t : tallies) {
                assertTrue(t.stopped, t.user + " saw both markers");
                assertEquals(reference.readings, t.readings, t.user + " saw every reading");
                assertEquals(reference.hash, t.hash, t.user + " saw the same readings in the same order");
            }

            BrokerStats st = c.broker().stats();
            long heapEnd = heapAfterGc();
            System.out.printf("load result: %d s, %d students (+%d building clients), %d QoS 1 echoes, %d announcements, %d readings x %d students;%n"
                            + "  broker: %d msgs in, %d out, %d dropped, max queued %d, max inflight %d;%n"
                            + "  heap after GC (whole test JVM: broker + all clients): start %d MB, samples %s MB, end %d MB%n",
                    seconds, STUDENTS, c.building().orElseThrow().config().sensorCount() + c.building().orElseThrow().config().rooms().size(),
                    sent.get(), notes, reference.readings, STUDENTS, st.messagesReceived(), st.messagesSent(), st.publishDropped(),
                    maxQueued, maxInflight, heapStart >> 20, heap, heapEnd >> 20);
            assertTrue(heapEnd < heapStart + (128L << 20), "heap bounded: " + (heapStart >> 20) + " MB -> " + (heapEnd >> 20) + " MB");
            assertTrue(maxQueued < 1000, "queues bounded: " + maxQueued);
        } finally {
            timer.shutdownNow();
            for (AutoCloseable a : open) a.close();
        }
    }

    /**
     * What one student's program received, kept in constant space so that the heap figures are the
     * lab's and not the test's: the echo sequence numbers seen, and the count and a running hash of
     * the building readings between the START and STOP announcements.
     */
    static final class Tally implements Consumer<String> {
        final String user;
        final BitSet echoes = new BitSet();
        long readings;
        long hash = 17;
        boolean started;
        boolean stopped;

        Tally(String user) {
            this.user = user;
        }

        @Override
        public synchronized void accept(String m) {
            if (m.startsWith("students/" + user + "/echo ")) {
                echoes.set(Integer.parseInt(m.substring(m.indexOf(' ') + 1)));
            } else if (m.equals("lab/class/announce START")) {
                started = true;
            } else if (m.equals("lab/class/announce STOP")) {
                stopped = started;
            } else if (started && !stopped && m.startsWith("building/")) {
                readings++;
                hash = hash * 31 + m.hashCode();
            }
        }
    }

    private static long heapAfterGc() {
        System.gc();
        System.gc();
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }
}
