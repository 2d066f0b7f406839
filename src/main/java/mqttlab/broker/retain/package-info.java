/**
 * Retained messages by topic. A leaf: imports nothing of the broker.
 */
package mqttlab.broker.retain;
