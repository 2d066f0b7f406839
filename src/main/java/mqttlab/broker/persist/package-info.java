/**
 * Snapshots of retained messages and sessions (mosquitto's persistence): capture, write atomically,
 * read and restore at start. Imports session, subscription, retain and message.
 */
package mqttlab.broker.persist;
