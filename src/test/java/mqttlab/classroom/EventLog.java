package mqttlab.classroom;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/** Records a student's {@link ClassEvent}s. */
final class EventLog implements Consumer<ClassEvent> {
    final List<ClassEvent> events = new CopyOnWriteArrayList<>();

    @Override
    public void accept(ClassEvent e) {
        events.add(e);
    }

    boolean has(Class<? extends ClassEvent> type) {
        return events.stream().anyMatch(type::isInstance);
    }

    boolean has(ClassEvent e) {
        return events.contains(e);
    }

    @Override
    public String toString() {
        return events.toString();
    }
}
