/**
 * The broker's time: one {@link mqttlab.broker.time.BrokerClock} that every time-based rule reads
 * and schedules through. A leaf: imports only the JDK.
 */
package mqttlab.broker.time;
