/**
 * Flow control between a fast publisher and a slow subscriber: holding publishers back, stalled
 * subscribers, drop rules. Imports connection, session and time; the root only for BrokerContext.
 */
package mqttlab.broker.flow;
