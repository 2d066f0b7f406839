package mqttlab.protocol.topic;

/** Thrown by {@link TopicName#of}, {@link TopicFilter#of} and {@link SharedSubscription#of}; its message is {@link TopicProblem#describe()}. */
public final class InvalidTopicException extends IllegalArgumentException {
    private final transient TopicProblem problem;

    public InvalidTopicException(TopicProblem problem) {
        super(problem.describe());
        this.problem = problem;
    }

    /** The problem in the language the lab speaks (people read it); the broker's log takes {@link TopicProblem#describe()}, in English. */
    @Override
    public String getMessage() {
        return problem == null ? super.getMessage() : problem.shown();
    }

    public TopicProblem problem() {
        return problem;
    }
}
