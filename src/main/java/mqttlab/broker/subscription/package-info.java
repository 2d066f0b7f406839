/**
 * The subscription tree: who is subscribed to which filter, and matching a topic against it. A leaf:
 * imports only protocol.topic.
 */
package mqttlab.broker.subscription;
