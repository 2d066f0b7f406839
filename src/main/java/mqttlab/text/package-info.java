/**
 * Every word the lab says, from one message catalogue ({@code messages.properties},
 * {@code messages_ko.properties}) through {@link mqttlab.text.Text}; Korean particles chosen from the
 * word they follow ({@link mqttlab.text.Particles}); the language chosen once ({@link mqttlab.text.LangChoice});
 * other people's text made inert before it reaches a terminal; terminal columns ({@link mqttlab.text.Columns}, on JLine's {@code WCWidth}: a Korean character takes two).
 *
 * <p>Imports nothing from the lab's other packages, so every package — {@code protocol} included — may ask
 * it for a sentence or a width. {@link mqttlab.text.Lang} (the language value) lives here for that reason.
 */
package mqttlab.text;
