/**
 * The packet tap: every packet in and out, for trace and the lessons. A leaf: imports protocol.packet.
 */
package mqttlab.broker.tap;
