/**
 * Netty: listeners (TCP, WebSocket, HTTP pages), frame decoding and every pipeline edit, and the
 * dispatcher that hands each decoded packet to its handler. Imports the handler packages; nothing
 * below it imports net, and only the root builds it.
 */
package mqttlab.broker.net;
