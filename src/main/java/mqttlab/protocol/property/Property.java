package mqttlab.protocol.property;

import java.util.Arrays;
import java.util.Objects;

/**
 * One v5 property. The value's Java type follows the property's data type: Integer for the
 * integer types, String for UTF-8 strings, byte[] for binary data, UserProperty for string pairs.
 */
public record Property(PropertyId id, Object value) {
    public Property {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(value, "value");
        boolean ok = switch (id.type()) {
            case BYTE, TWO_BYTE_INTEGER, FOUR_BYTE_INTEGER, VARIABLE_BYTE_INTEGER -> value instanceof Integer || value instanceof Long;
            case UTF8_STRING -> value instanceof String;
            case BINARY_DATA -> value instanceof byte[];
            case UTF8_STRING_PAIR -> value instanceof UserProperty;
        };
        if (!ok) throw new IllegalArgumentException(id + " cannot hold a " + value.getClass().getSimpleName());
        if (value instanceof Integer i && id.type() == PropertyType.FOUR_BYTE_INTEGER) value = Integer.toUnsignedLong(i);
    }

    /** Integer-valued properties as a long (four-byte integers are unsigned). */
    public long longValue() { return ((Number) value).longValue(); }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof Property p) || p.id != id) return false;
        if (value instanceof byte[] a && p.value instanceof byte[] b) return Arrays.equals(a, b);
        if (value instanceof Number a && p.value instanceof Number b) return a.longValue() == b.longValue();
        return value.equals(p.value);
    }

    @Override
    public int hashCode() {
        if (value instanceof byte[] a) return id.hashCode() * 31 + Arrays.hashCode(a);
        if (value instanceof Number n) return id.hashCode() * 31 + Long.hashCode(n.longValue());
        return id.hashCode() * 31 + value.hashCode();
    }

    @Override
    public String toString() {
        String v = value instanceof byte[] b ? "0x" + java.util.HexFormat.of().formatHex(b) : String.valueOf(value);
        return id.description() + "=" + v;
    }
}
