/**
 * The MQTT broker: a drop-in for mosquitto on Netty (listeners, mosquitto.conf, ACLs and passwords,
 * sessions, QoS flows, retained messages, wills, $SYS, persistence, the log in mosquitto's words).
 * {@link mqttlab.broker.Broker} is its face: start, stop, and what the lab reads (clients, subscriptions,
 * retained, stats, the packet tap, fault injection).
 *
 * <p>May import {@code protocol} only; the shell, lessons, exercises and classroom sit on top of it.
 * The root package is the composition root: {@code Wiring} hands each handler what it uses, and no
 * subpackage imports the root (PackageCyclesTest checks it).
 */
package mqttlab.broker;
