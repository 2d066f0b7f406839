/**
 * The will: published when a connection ends without DISCONNECT [MQTT-3.1.2-8], after the v5 Will
 * Delay Interval if one was given. Imports connection, message, publish and time.
 */
package mqttlab.broker.will;
