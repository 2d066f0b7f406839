package mqttlab.protocol.property;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * A packet's v5 properties in wire order (order matters for User Properties, and Subscription
 * Identifier may repeat in PUBLISH). Empty for v3.1.1 packets.
 */
public record Properties(List<Property> list) {
    public static final Properties EMPTY = new Properties(List.of());

    public Properties {
        list = List.copyOf(list);
    }

    public static Properties of(Property... properties) {
        return properties.length == 0 ? EMPTY : new Properties(List.of(properties));
    }

    public boolean isEmpty() { return list.isEmpty(); }

    public Optional<Property> get(PropertyId id) {
        for (Property p : list) if (p.id() == id) return Optional.of(p);
        return Optional.empty();
    }

    public OptionalLong number(PropertyId id) {
        for (Property p : list) if (p.id() == id) return OptionalLong.of(p.longValue());
        return OptionalLong.empty();
    }

    public Optional<String> string(PropertyId id) {
        return get(id).map(p -> (String) p.value());
    }

    public Optional<byte[]> binary(PropertyId id) {
        return get(id).map(p -> (byte[]) p.value());
    }

    public List<UserProperty> userProperties() {
        List<UserProperty> out = new ArrayList<>();
        for (Property p : list) if (p.id() == PropertyId.USER_PROPERTY) out.add((UserProperty) p.value());
        return out;
    }

    public List<Long> all(PropertyId id) {
        List<Long> out = new ArrayList<>();
        for (Property p : list) if (p.id() == id) out.add(p.longValue());
        return out;
    }

    /** A copy with every property of this id removed, then the given ones appended. */
    public Properties with(PropertyId id, Object... values) {
        List<Property> out = new ArrayList<>();
        for (Property p : list) if (p.id() != id) out.add(p);
        for (Object v : values) out.add(new Property(id, v));
        return new Properties(out);
    }

    public Properties without(PropertyId id) {
        return with(id);
    }

    /** A copy with the property appended. */
    public Properties plus(PropertyId id, Object value) {
        List<Property> out = new ArrayList<>(list);
        out.add(new Property(id, value));
        return new Properties(out);
    }
}
