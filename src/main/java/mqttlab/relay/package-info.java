/**
 * The relay: a loopback listener in front of any MQTT broker that passes every connection upstream and decodes
 * both directions with the lab's codec, feeding the same tap, fault injector and mosquitto-style log as the
 * embedded broker, so trace, decode, fault and the graders work on any broker ({@code --broker URL},
 * {@code mqttlab proxy}). May import protocol, broker (its tap, faults and log) and text; nothing above them.
 */
package mqttlab.relay;
