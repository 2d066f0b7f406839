/**
 * Batched writes to a Netty channel, shared by the broker's connections and bench's load clients:
 * packets encoded into one pooled buffer per batch, and every channel written to flushed once per
 * event-loop batch. Imports protocol and Netty only, so that both sides may use it.
 */
package mqttlab.broker.write;
