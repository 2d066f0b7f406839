package mqttlab.exercises;

import mqttlab.exercises.program.ExternalControllerGrader;
import mqttlab.exercises.program.JavaControllerGrader;
import mqttlab.exercises.quiz.FixedHeaderQuiz;
import mqttlab.exercises.quiz.WildcardQuiz;
import mqttlab.exercises.shell.AcCommandGrader;
import mqttlab.exercises.shell.DurableSessionGrader;
import mqttlab.exercises.shell.FirstSubscriptionGrader;
import mqttlab.exercises.shell.LastWillGrader;
import mqttlab.exercises.shell.Qos2FlowGrader;
import mqttlab.exercises.shell.RetainedStatusGrader;
import mqttlab.exercises.shell.RoomFilterGrader;

/** The grader of each exercise, by id. */
public final class Graders {
    private Graders() {
    }

    public static Grader of(Exercise e) {
        return switch (e.id()) {
            case "01" -> new FirstSubscriptionGrader();
            case "02" -> new RoomFilterGrader();
            case "03" -> new WildcardQuiz();
            case "04" -> new AcCommandGrader();
            case "05" -> new RetainedStatusGrader();
            case "06" -> new DurableSessionGrader();
            case "07" -> new FixedHeaderQuiz();
            case "08" -> new Qos2FlowGrader();
            case "09" -> new LastWillGrader();
            case "10" -> new JavaControllerGrader();
            case "11" -> new ExternalControllerGrader();
            default -> throw new IllegalArgumentException(mqttlab.text.Text.t("check.no.grader", e.id()));
        };
    }
}
