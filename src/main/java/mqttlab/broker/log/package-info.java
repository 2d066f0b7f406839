/**
 * The broker log in mosquitto's words and format (log_type, log_dest, timestamps). A leaf: imports
 * only text; the configuration hands it LogSettings.
 */
package mqttlab.broker.log;
