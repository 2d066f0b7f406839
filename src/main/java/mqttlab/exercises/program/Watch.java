package mqttlab.exercises.program;

import java.time.Duration;
import java.util.function.BooleanSupplier;
import mqttlab.broker.tap.Direction;
import mqttlab.broker.tap.TapEvent;
import mqttlab.exercises.LabSystem;
import mqttlab.exercises.PacketHistory;
import mqttlab.exercises.TopicRules;
import mqttlab.protocol.packet.Subscribe;

/** Waits for a student's controller to subscribe to the building's temperatures. */
final class Watch {
    static final String PROBE = "building/125/sensor1/temperature";

    private Watch() {
    }

    static boolean untilSubscribed(PacketHistory h, LabSystem lab, long afterSeq, Duration max, BooleanSupplier stillWorthWaiting)
            throws InterruptedException {
        long deadline = System.nanoTime() + max.toNanos();
        while (true) {
            for (TapEvent e : h.since(afterSeq)) {
                if (e.direction() == Direction.IN && e.packet() instanceof Subscribe s && !lab.isInternalClient(e.clientId())
                        && s.subscriptions().stream().anyMatch(x -> TopicRules.matches(x.filter(), PROBE))) {
                    Thread.sleep(200);  // the SUBACK is on its way
                    return true;
                }
            }
            if (System.nanoTime() > deadline || !stillWorthWaiting.getAsBoolean()) return false;
            Thread.sleep(100);
        }
    }
}
