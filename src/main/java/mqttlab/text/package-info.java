/**
 * Every word the lab says, from one message catalogue ({@code messages.properties},
 * {@code messages_ko.properties}) through {@link mqttlab.text.Text}; Korean particles chosen from the
 * word they follow ({@link mqttlab.text.Particles}); the language chosen once ({@link mqttlab.text.LangChoice});
 * other people's text made inert before it reaches a terminal.
 *
 * <p>May import {@code shell.Lang} (the language value); everything that prints may import it.
 */
package mqttlab.text;
