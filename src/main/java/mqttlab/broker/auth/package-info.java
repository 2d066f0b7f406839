/**
 * Who may do what: password files, ACL files and the security of each listener (mosquitto's
 * per_listener_settings). Imports the broker's config (to read its options), protocol.topic and the
 * lab's files/text helpers; nothing that handles packets.
 */
package mqttlab.broker.auth;
