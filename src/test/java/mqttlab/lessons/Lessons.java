package mqttlab.lessons;

/** The project's lessons, loaded once for the content tests. */
final class Lessons {
    private Lessons() {}

    static final LessonCatalog CATALOG = LessonCatalog.load(LessonsFolder.find());
}
