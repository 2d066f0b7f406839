package mqttlab.broker.log;

/** mosquitto's log_type values (except none/all, which are sets). Packet lines are DEBUG. */
public enum LogLevel {
    DEBUG('D'), ERROR('E'), WARNING('W'), NOTICE('N'), INFORMATION('I'), SUBSCRIBE('M'), UNSUBSCRIBE('M'), WEBSOCKETS('W');

    private final char topicLetter;

    LogLevel(char topicLetter) { this.topicLetter = topicLetter; }

    /** The letter of $SYS/broker/log/<letter> this level is published under by log_dest topic. */
    public char topicLetter() { return topicLetter; }
}
