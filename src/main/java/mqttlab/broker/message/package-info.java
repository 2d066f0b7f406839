/**
 * The message as the broker keeps it between receiving and delivering (topic, payload, QoS, properties,
 * expiry). A leaf: imports only protocol.
 */
package mqttlab.broker.message;
