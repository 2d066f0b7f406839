/**
 * CONNECT, CONNACK and DISCONNECT: admitting a client, resuming or starting its session, the terms of
 * the connection, takeover and what happens when a connection ends (will, session expiry). Imports
 * the connection, session, will, flow and qos packages below it, never the root: each class takes what
 * it uses by constructor.
 */
package mqttlab.broker.connect;
