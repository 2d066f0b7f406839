/**
 * The MQTT client library behind {@code sub}, {@code pub} and the shell's sessions: connections over
 * hivemq-mqtt-client (3.1.1 and 5.0), the mosquitto_sub/pub options and output formats, the wire log
 * and the relay that lets it see the bytes.
 *
 * <p>May import {@code protocol}, {@code json} and {@code text}; {@code shell} and {@code cli} import it,
 * and it imports neither.
 */
package mqttlab.client;
