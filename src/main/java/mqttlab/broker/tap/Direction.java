package mqttlab.broker.tap;

/** IN: client to broker. OUT: broker to client. */
public enum Direction { IN, OUT }
