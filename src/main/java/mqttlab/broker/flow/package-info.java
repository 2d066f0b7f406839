/**
 * Flow control between a fast publisher and a slow subscriber: holding publishers back, stalled
 * subscribers, drop rules. Each session's FlowState lives in session; flow holds the
 * rules. Imports connection, session and time, never the root.
 */
package mqttlab.broker.flow;
