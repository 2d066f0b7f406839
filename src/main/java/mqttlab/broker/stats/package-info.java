/**
 * The broker's running counts (messages, bytes, clients), kept by the handlers and read by $SYS and
 * {@code stats}. Imports nothing of the broker.
 */
package mqttlab.broker.stats;
