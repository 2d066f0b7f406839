/**
 * Netty: listeners (TCP, WebSocket, HTTP pages), frame decoding and every pipeline edit. Turns bytes
 * into packets for connection's dispatcher; nothing below it imports net.
 */
package mqttlab.broker.net;
