/**
 * One network connection: its state behind methods that say what happened, its batched writes, the
 * idle sweep (keep alive) and the dispatch of packets to their handlers. Connection and Session point
 * at each other; that is the one cycle allowed inside the broker.
 */
package mqttlab.broker.connection;
