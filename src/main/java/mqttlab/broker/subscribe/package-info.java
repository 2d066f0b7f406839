/**
 * SUBSCRIBE and UNSUBSCRIBE: checks, the ACL, the tree, and retained messages sent on subscribe.
 */
package mqttlab.broker.subscribe;
