/**
 * CONNECT, CONNACK and DISCONNECT: admitting a client, resuming or starting its session, the terms of
 * the connection, takeover and what happens when a connection ends (will, session expiry). Imports
 * the connection, session, will and flow packages below it; the root only for BrokerContext.
 */
package mqttlab.broker.connect;
