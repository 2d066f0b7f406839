package mqttlab.broker;

/** One client's subscription: the filter as subscribed (a shared one keeps its $share/group/ prefix). */
public record SubscriptionInfo(String clientId, String filter, int qos, boolean noLocal, boolean retainAsPublished,
                               int retainHandling, int subscriptionId) {
}
