/**
 * The lab's one JSON setup, on Gson ({@link mqttlab.json.Json}): the progress file, the classroom's
 * reports, mosquitto_sub's {@code %j}, bench results. Imports nothing from the lab. ({@code protocol},
 * which may import nothing of the lab above it, uses Gson's streaming writer directly.)
 */
package mqttlab.json;
