package mqttlab.broker.config;

/**
 * A configuration file (mosquitto.conf, a password file or an ACL file) could not be used. The
 * message is one line for people: {@code test.conf:3: unknown option 'listner' (did you mean 'listener'?)}.
 * The broker does not start.
 */
public final class ConfigException extends Exception {
    private final String file;
    private final int line;

    public ConfigException(String file, int line, String problem) {
        super(line > 0 ? file + ":" + line + ": " + problem : file + ": " + problem);
        this.file = file;
        this.line = line;
    }

    /** The file's name as given (e.g. {@code broker/classroom.conf}). */
    public String file() { return file; }

    /** The 1-based line number, or 0 when the problem is the file as a whole (e.g. it cannot be read). */
    public int line() { return line; }
}
