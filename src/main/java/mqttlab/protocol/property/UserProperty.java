package mqttlab.protocol.property;

import java.util.Objects;

/** A User Property's name and value (MQTT 5.0 3.1.2.11.8): a UTF-8 string pair. */
public record UserProperty(String name, String value) {
    public UserProperty {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(value, "value");
    }
}
