/**
 * The server side of an MQTT session (MQTT 5.0 4.1): what outlives a connection, behind methods that
 * say what happened, its place in flow control (FlowState), and the store of all sessions. Imports
 * connection (the one allowed cycle), message and time.
 */
package mqttlab.broker.session;
