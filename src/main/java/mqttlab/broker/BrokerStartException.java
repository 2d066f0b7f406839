package mqttlab.broker;

/** The broker could not start; the message says why in words a student understands (e.g. port taken). */
public final class BrokerStartException extends RuntimeException {
    private final boolean addressInUse;

    public BrokerStartException(String message, Throwable cause, boolean addressInUse) {
        super(message, cause);
        this.addressInUse = addressInUse;
    }

    public boolean addressInUse() { return addressInUse; }
}
