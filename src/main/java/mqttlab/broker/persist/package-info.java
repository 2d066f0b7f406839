/**
 * Snapshots of retained messages and sessions (mosquitto's persistence): capture, write atomically,
 * read and restore at start. Imports session, subscription, retain,
 * message and time.
 */
package mqttlab.broker.persist;
