/**
 * Faults injected on purpose for the lessons (drop, delay, cut, duplicate a packet). Imports only tap
 * and protocol.packet.
 */
package mqttlab.broker.fault;
