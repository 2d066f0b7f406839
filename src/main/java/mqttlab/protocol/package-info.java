/**
 * MQTT 3.1.1 and 5.0 on the wire, with nothing else: packets as records ({@code packet}), properties
 * ({@code property}), topic names and filters ({@code topic}), and the codec ({@code codec}) whose
 * decoder can explain every byte with the normative statement behind it.
 *
 * <p>Owns the one reading of the fixed header and the variable byte integer ({@code codec.FrameHeader}).
 * Imports nothing from the lab: every other package may import it.
 */
package mqttlab.protocol;
