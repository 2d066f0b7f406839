/**
 * One network connection: its state behind methods that say what happened, its batched writes
 * (through write), the idle sweep (keep alive) and read holds. Connection and Session point at each
 * other; that is the one cycle allowed inside the broker (PackageCyclesTest checks it).
 */
package mqttlab.broker.connection;
