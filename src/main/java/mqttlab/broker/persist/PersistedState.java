package mqttlab.broker.persist;

import mqttlab.broker.message.Message;
import mqttlab.broker.retain.RetainedStore;
import mqttlab.broker.session.SessionStore;
import mqttlab.broker.subscription.SubscriptionTree;

/** What a snapshot is made of and restored into: the sessions, their subscriptions, the retained messages. */
public record PersistedState(SessionStore sessions, SubscriptionTree subscriptions, RetainedStore<Message> retained) { }
