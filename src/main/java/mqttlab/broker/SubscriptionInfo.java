package mqttlab.broker;

/** One client's subscription: the filter as subscribed (a shared one keeps its $share/group/ prefix). */
public record SubscriptionInfo(String clientId, String filter, int qos, boolean noLocal, boolean retainAsPublished,
                               int retainHandling, int subscriptionId) {
    /** What the broker holds, as the lab shows it. */
    public static SubscriptionInfo of(mqttlab.broker.subscription.SubscriptionEntry e) {
        return new SubscriptionInfo(e.clientId(), e.filter(), e.qos(), e.noLocal(), e.retainAsPublished(), e.retainHandling(),
                e.subscriptionId());
    }
}
