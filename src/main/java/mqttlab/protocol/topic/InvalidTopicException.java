package mqttlab.protocol.topic;

/** Thrown by {@link TopicName#of}, {@link TopicFilter#of} and {@link SharedSubscription#of}; its message is {@link TopicProblem#describe()}. */
public final class InvalidTopicException extends IllegalArgumentException {
    private final transient TopicProblem problem;

    public InvalidTopicException(TopicProblem problem) {
        super(problem.describe());
        this.problem = problem;
    }

    public TopicProblem problem() {
        return problem;
    }
}
