/**
 * The projector view: a page the lab serves over HTTP from the broker's MQTT-over-WebSocket listener,
 * itself an MQTT client of the lab (MQTT.js, uPlot; both shipped in the jar), and the lab's read-only
 * topics that bring it what no ordinary topic carries: the building's clock and history, the last
 * traced message, the scoreboard.
 */
package mqttlab.web;
