/**
 * Delivery to a session at QoS 0, 1 and 2: in flight, queued, acknowledged, resent [MQTT-4.4.0-1].
 * Imports session, connection and flow.
 */
package mqttlab.broker.qos;
