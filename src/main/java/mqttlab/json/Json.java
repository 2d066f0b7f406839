package mqttlab.json;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonElement;
import com.google.gson.JsonParseException;
import com.google.gson.Strictness;
import com.google.gson.TypeAdapter;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonWriter;
import java.io.IOException;
import java.time.Instant;

/**
 * The lab's one way to read and write JSON, on Gson: strict RFC 8259 reading (a trailing comma or an
 * unquoted word is an error, not a guess), no HTML escaping ({@code <} stays {@code <}, as mosquitto
 * writes it), and {@link Instant}s as ISO-8601 text. The documents themselves are records next to
 * the code that owns them ({@code ProgressFile}, {@code ProgressReport}).
 */
public final class Json {
    /** One line, no spaces: messages on the wire and machine-read output. */
    public static final Gson COMPACT = builder().create();
    /** Indented by two spaces: files a person may open. */
    public static final Gson PRETTY = builder().setPrettyPrinting().create();

    private Json() { }

    private static GsonBuilder builder() {
        return new GsonBuilder().disableHtmlEscaping().setStrictness(Strictness.STRICT)
                .registerTypeAdapter(Instant.class, new InstantText().nullSafe());
    }

    /**
     * Reads {@code text} as a {@code type}; text that is not JSON, not that shape, or empty is an
     * {@link IllegalArgumentException} saying why.
     */
    public static <T> T read(String text, Class<T> type) {
        T value;
        try {
            value = COMPACT.fromJson(text, type);
        } catch (RuntimeException e) {
            // Gson reports a wrong shape in several ways (JsonParseException, IllegalStateException,
            // NumberFormatException, a collection refusing a null): to the caller they are one thing
            throw new IllegalArgumentException("bad JSON: " + reason(e), e);
        }
        if (value == null) throw new IllegalArgumentException("bad JSON: the document is empty or null");
        return value;
    }

    /** Gson's reason, first line only and without its advice to read leniently (the lab never does). */
    private static String reason(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) root = root.getCause();
        String first = String.valueOf(root.getMessage()).lines().findFirst().orElse("");
        return first.replace("Use JsonReader.setStrictness(Strictness.LENIENT) to accept malformed JSON", "malformed");
    }

    /** A JSON string literal, quotes included. */
    public static String quote(String s) {
        return COMPACT.toJson(s);
    }

    /** Whether {@code text} is one JSON value (of any kind), with nothing after it but white space. */
    public static boolean isValid(String text) {
        try {
            return COMPACT.fromJson(text, JsonElement.class) != null;
        } catch (JsonParseException e) {
            return false;
        }
    }

    private static final class InstantText extends TypeAdapter<Instant> {
        @Override
        public void write(JsonWriter out, Instant value) throws IOException {
            out.value(value.toString());
        }

        @Override
        public Instant read(JsonReader in) throws IOException {
            String s = in.nextString();
            try {
                return Instant.parse(s);
            } catch (java.time.DateTimeException e) {
                throw new JsonParseException("not an ISO-8601 instant: " + s, e);
            }
        }
    }
}
