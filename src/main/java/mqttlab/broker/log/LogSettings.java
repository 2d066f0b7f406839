package mqttlab.broker.log;

import java.util.List;
import java.util.Set;

/**
 * What the configuration says about logging (log_type, log_dest, log_timestamp,
 * log_timestamp_format): the configuration makes one, the log reads it, so the log needs nothing of
 * the configuration package.
 */
public record LogSettings(Set<LogLevel> levels, List<LogDestination> destinations, boolean timestamp, String timestampFormat) {
}
