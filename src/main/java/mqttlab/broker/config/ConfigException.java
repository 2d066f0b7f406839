package mqttlab.broker.config;

import mqttlab.text.Phrase;

/**
 * A configuration file (mosquitto.conf, a password file or an ACL file) could not be used. The
 * message is one line for people: {@code test.conf:3: unknown option 'listner' (did you mean 'listener'?)}.
 * The broker does not start. The problem is a {@link Phrase}: {@link #getMessage()} says it in the
 * lab's language (the person at the command line or the shell), {@link #english()} in English (the
 * broker's log, which reads like mosquitto's).
 */
public final class ConfigException extends Exception {
    private final String file;
    private final int line;
    private final Phrase problem;

    public ConfigException(String file, int line, Phrase problem) {
        super(where(file, line) + problem.english());
        this.file = file;
        this.line = line;
        this.problem = problem;
    }

    /** {@code file}, {@code key} and its values: the problem as a catalogue sentence. */
    public ConfigException(String file, int line, String key, Object... args) {
        this(file, line, new Phrase(key, args));
    }

    private static String where(String file, int line) {
        return line > 0 ? file + ":" + line + ": " : file + ": ";
    }

    /** The file's name as given (e.g. {@code broker/classroom.conf}). */
    public String file() { return file; }

    /** The 1-based line number, or 0 when the problem is the file as a whole (e.g. it cannot be read). */
    public int line() { return line; }

    /** In the language the lab speaks: for a person. */
    @Override public String getMessage() { return where(file, line) + problem.shown(); }

    /** In English whatever the lab speaks: for the broker's log. */
    public String english() { return super.getMessage(); }
}
