/**
 * The broker configuration: mosquitto.conf parsed into the record BrokerConfig, with errors a student
 * can act on. Imports only broker.log (log options are part of it) and text.
 */
package mqttlab.broker.config;
