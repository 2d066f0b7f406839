/**
 * PUBLISH from a client and routing to subscribers (topic aliases, retain, QoS 2 receipt). Imports
 * subscription, session, qos and retain.
 */
package mqttlab.broker.publish;
