package mqttlab.broker.subscription;

import java.util.Objects;
import mqttlab.protocol.topic.SharedSubscription;

/**
 * One client's subscription as the {@link SubscriptionTree} holds it.
 *
 * @param clientId          who subscribed
 * @param filter            the filter as subscribed, including any {@code $share/group/} prefix; must be
 *                          valid ({@code TopicFilter.validate}); the tree does not check it again
 * @param shareGroup        the share name of a {@code $share/group/filter}, null when not shared
 * @param qos               maximum QoS granted, 0..2
 * @param noLocal           v5: do not send the client its own publications [MQTT-3.8.3-3]
 * @param retainAsPublished v5: keep the RETAIN flag as published [MQTT-3.3.1-12]
 * @param retainHandling    v5: 0 send retained on subscribe, 1 only if the subscription is new, 2 never
 * @param subscriptionId    v5 Subscription Identifier, 0 for none
 */
public record SubscriptionEntry(String clientId, String filter, String shareGroup, int qos, boolean noLocal,
                                boolean retainAsPublished, int retainHandling, int subscriptionId) {
    public SubscriptionEntry {
        Objects.requireNonNull(clientId, "clientId");
        Objects.requireNonNull(filter, "filter");
        if (qos < 0 || qos > 2) throw new IllegalArgumentException("qos must be 0, 1 or 2, not " + qos);
        if (retainHandling < 0 || retainHandling > 2) throw new IllegalArgumentException("retain handling must be 0, 1 or 2");
        if (subscriptionId < 0 || subscriptionId > 268_435_455) throw new IllegalArgumentException("subscription id must be 0 (none) or 1..268,435,455");
        boolean shared = SharedSubscription.isShared(filter);
        if (shared != (shareGroup != null) || shared && !filter.startsWith(SharedSubscription.PREFIX + shareGroup + "/")) {
            throw new IllegalArgumentException("shareGroup " + shareGroup + " does not agree with the filter " + filter);
        }
    }

    /** A subscription with default v5 options; the share group is taken from a {@code $share/group/...} filter. */
    public static SubscriptionEntry of(String clientId, String filter, int qos) {
        return new SubscriptionEntry(clientId, filter, shareGroupOf(filter), qos, false, false, 0, 0);
    }

    /** The share name of a (valid) {@code $share/name/filter}, else null. */
    public static String shareGroupOf(String filter) {
        if (!SharedSubscription.isShared(filter)) return null;
        int start = SharedSubscription.PREFIX.length();
        int slash = filter.indexOf('/', start);
        return slash < 0 ? null : filter.substring(start, slash);
    }

    public boolean isShared() {
        return shareGroup != null;
    }

    /** The part matched against topic names: the filter without {@code $share/group/}. */
    public String matchFilter() {
        return shareGroup == null ? filter : filter.substring(SharedSubscription.PREFIX.length() + shareGroup.length() + 1);
    }

    /** The same with another QoS (the broker's view of a subscription after a downgrade, say). */
    public SubscriptionEntry withQos(int newQos) {
        return new SubscriptionEntry(clientId, filter, shareGroup, newQos, noLocal, retainAsPublished, retainHandling, subscriptionId);
    }
}
