/**
 * The lab's one JSON reader and writer, used for the progress file and the classroom's reports.
 * Imports nothing from the lab.
 */
package mqttlab.json;
