/**
 * The $SYS topics mosquitto publishes (clients, messages, bytes, uptime). Imports publish, time and
 * the stores it reports on.
 */
package mqttlab.broker.sys;
