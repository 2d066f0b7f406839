package mqttlab.shell;

import java.util.function.Supplier;
import mqttlab.lessons.LessonCatalog;
import mqttlab.shell.lesson.LessonDesk;

/**
 * What the shell starts first, each on a thread of its own, while its terminal opens and its commands are
 * registered (issue 14): the embedded broker, unless the shell uses another one, the reading of the lessons and
 * of the message catalogue.
 * The shell takes each where it always made it, with the same results and errors.
 */
final class HeadStart {
    private final LabBroker broker;
    private final Supplier<LessonCatalog> lessons;

    private HeadStart(LabBroker broker, Supplier<LessonCatalog> lessons) {
        this.broker = broker;
        this.lessons = lessons;
    }

    static HeadStart begin(ShellOptions options, ShellAddOn addOn) {
        boolean embedded = addOn.endpoint() == null && options.brokerUrl() == null;
        HeadStart h = new HeadStart(embedded ? LabBroker.begin(options.port()) : null, LessonDesk.readInBackground());
        // the message catalogue (over 100 KB) is read where it is first needed, the banner; read it meanwhile
        Thread text = new Thread(() -> mqttlab.text.Text.bundle(mqttlab.text.Text.lang()), "shell-text-read");
        text.setDaemon(true);
        text.start();
        return h;
    }

    /** The embedded broker, starting (only asked for when the shell runs one). */
    LabBroker broker() { return broker; }

    Supplier<LessonCatalog> lessons() { return lessons; }

    /** The shell stops before it took the broker: the broker stops too. */
    void abandon() {
        if (broker != null) broker.abandon();
    }
}
