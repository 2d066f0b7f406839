package mqttlab.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import mqttlab.exercises.Checker;
import mqttlab.exercises.Exercise;
import mqttlab.exercises.ExerciseCatalog;
import mqttlab.exercises.PacketHistory;
import mqttlab.exercises.ProgressListener;
import mqttlab.exercises.ProjectRoot;
import mqttlab.exercises.Report;
import mqttlab.exercises.lab.EmbeddedLab;
import mqttlab.exercises.support.Folders;
import mqttlab.text.Lang;
import mqttlab.text.Text;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Hostile controllers for exercise 10: each runs in its own JVM; the lab and its broker go on
 * serving, the student reads what happened, and no process of theirs is left.
 */
@Timeout(120)
class ControllerSandboxTest {
    static final Exercise TEN = ExerciseCatalog.load(ProjectRoot.require()).require("10");

    record Graded(Report report, boolean brokerServes) {
        String text() {
            return report.criteria().stream().map(c -> c.line()).collect(Collectors.joining("\n"));
        }
    }

    static Graded grade(Path dir, String program) throws Exception {
        try (EmbeddedLab lab = EmbeddedLab.startPrivate(); PacketHistory history = PacketHistory.record(lab)) {
            Report r = new Checker(lab, history).check(TEN, Folders.attempt(dir, Map.of("Controller.java", program)), false, ProgressListener.NONE);
            return new Graded(r, serves(lab.port()));
        }
    }

    /** The broker still answers a CONNECT with a CONNACK. */
    static boolean serves(int port) throws Exception {
        try (var s = new java.net.Socket("127.0.0.1", port)) {
            s.setSoTimeout(5000);
            s.getOutputStream().write(new byte[] {0x10, 0x0d, 0x00, 0x04, 'M', 'Q', 'T', 'T', 0x04, 0x02, 0x00, 0x3c, 0x00, 0x01, 'x'});
            return s.getInputStream().read() == 0x20;
        }
    }

    static String starterWith(String after, String code) throws Exception {
        String s = Files.readString(TEN.folder().resolve("Controller.java"));
        assertTrue(s.contains(after), after);
        return s.replace(after, after + "\n" + code);
    }

    static List<ProcessHandle> students() {
        return ProcessHandle.current().descendants().filter(ProcessHandle::isAlive)
                .filter(p -> p.info().commandLine().orElse("").contains(StudentMain.class.getName())).toList();
    }

    @AfterEach
    void nothingOfTheStudentsSurvives() {
        assertEquals(List.of(), students());
    }

    @Test
    void haltByReflectionEndsOnlyTheStudentsJvm(@TempDir Path dir) throws Exception {
        Graded g = grade(dir, starterWith("client.connect();",
                "Object rt = Class.forName(\"java.lang.Runtime\").getMethod(\"getRuntime\").invoke(null);"
                        + " rt.getClass().getMethod(\"halt\", int.class).invoke(rt, 7);"));
        assertTrue(g.brokerServes(), "the lab's broker goes on");
        assertFalse(g.report().passed());
        assertTrue(g.text().contains("ended its own Java VM with Runtime.halt(7) at Controller.java:"), g.text());
    }

    @Test
    void systemExitThroughAnAliasIsReportedWithItsStatus(@TempDir Path dir) throws Exception {
        Graded g = grade(dir, starterWith("client.connect();",
                "java.util.function.IntConsumer bye = System::exit; Runtime r = Runtime.getRuntime(); if (args.length > 5) r.exit(1); bye.accept(3);"));
        assertTrue(g.brokerServes());
        assertTrue(g.text().contains("ended its own Java VM with System.exit(3)"), g.text());
    }

    @Test
    void aThrowableCatchingSpinIsKilledAndSaidSo(@TempDir Path dir) throws Exception {
        Graded g = grade(dir, starterWith(".qos(MqttQos.AT_MOST_ONCE).send();",
                "if (args.length > 0) while (true) { try { java.util.concurrent.TimeUnit.MILLISECONDS.sleep(5); } catch (Throwable ignored) { } }"));
        assertTrue(g.brokerServes());
        assertTrue(g.text().contains("still running 5 s after it was asked to stop (interrupted), so the lab ended it by force"), g.text());
    }

    @Test
    void startingAProgramIsRefusedAndTheReportIsInKorean(@TempDir Path dir) throws Exception {
        Lang before = Text.lang();
        Text.use(Lang.KO);
        try {
            Graded g = grade(dir, starterWith("client.connect();",
                    "try { new ProcessBuilder(\"sh\", \"-c\", \"kill -9 $PPID\").start(); }"
                            + " catch (SecurityException e) { System.exit(4); }"));
            assertTrue(g.brokerServes());
            assertTrue(g.text().contains("자기 자바 VM을 끝냈습니다: System.exit(4)"), g.text());
            assertTrue(g.text().contains("다른 프로그램(sh)을 실행하려 해서 실습이 거절했습니다."), g.text());
        } finally {
            Text.use(before);
        }
    }

    @Test
    void runningOutOfMemoryIsToldAsSuch(@TempDir Path dir) throws Exception {
        Graded g = grade(dir, starterWith("client.connect();",
                "java.util.List<long[]> hog = new java.util.ArrayList<>(); for (int i = 0; i < 4096; i++) hog.add(new long[128 * 1024]);"));
        assertTrue(g.brokerServes());
        assertTrue(g.text().contains("ran out of memory (OutOfMemoryError, over its 256 MB)"), g.text());
    }

    @Test
    void aThousandThreadsAndAListeningSocketAreRefusedOrEndedWithTheJvm(@TempDir Path dir) throws Exception {
        Graded g = grade(dir, starterWith("client.connect();",
                "java.net.ServerSocket listening = new java.net.ServerSocket(0);"
                        + " for (int i = 0; i < 1000; i++) { try { new Thread(() -> { try { java.util.concurrent.TimeUnit.MINUTES.sleep(10); } catch (Exception e) { } }).start(); }"
                        + " catch (SecurityException refused) { break; } }"
                        + " System.exit(5);"));
        assertTrue(g.brokerServes());
        assertTrue(g.text().contains("ended its own Java VM with System.exit(5)"), g.text());
        assertTrue(g.text().contains("It tried to run more than 200 threads at once; the lab refused the rest."), g.text());
    }

    @Test
    void theLabsOwnFilesCannotBeChangedNorLinkedTo(@TempDir Path dir) throws Exception {
        Path progress = mqttlab.files.LabHome.get().resolve("progress.json");
        Files.createDirectories(progress.getParent());
        boolean had = Files.exists(progress);
        String before = had ? Files.readString(progress) : null;
        Graded g = grade(dir, starterWith("client.connect();",
                "java.nio.file.Path home = java.nio.file.Path.of(System.getenv(\"MQTTLAB_HOME\"));"
                        + " java.nio.file.Path lab = java.nio.file.Path.of(mqttlab.exercises.jshell.Lab.class.getProtectionDomain().getCodeSource().getLocation().toURI());"
                        + " int refused = 0;"
                        + " try { java.nio.file.Files.writeString(home.resolve(\"progress.json\"), \"{\\\"exercises\\\":{\\\"10\\\":100}}\"); } catch (SecurityException e) { refused++; }"
                        + " try { java.nio.file.Files.delete(lab); } catch (SecurityException e) { refused++; } catch (java.io.IOException e) { }"
                        + " try { java.nio.file.Files.createSymbolicLink(java.nio.file.Path.of(\"home\"), home); } catch (SecurityException e) { refused++; }"
                        + " java.nio.file.Files.writeString(java.nio.file.Path.of(\"mine.txt\"), \"its own folder is its own\");"
                        + " System.exit(refused);"));
        assertTrue(g.brokerServes());
        assertTrue(g.text().contains("ended its own Java VM with System.exit(3)"), "all three refused, its own folder written: " + g.text());
        assertTrue(g.text().contains("It tried to change the lab's own files (" + progress.toAbsolutePath() + "); the lab refused."), g.text());
        assertTrue(g.text().contains("It tried to make a link (symbolic); the lab refused."), g.text());
        assertEquals(had, Files.exists(progress), "the progress file is as it was");
        if (had) assertEquals(before, Files.readString(progress));
    }
}
