package mqttlab.web;

import java.util.List;
import java.util.Map;

/**
 * What the page asks for first ({@code /config.json}): the language to start in, the account it
 * connects with (only to a browser on this machine), the building's topic prefix and rooms, and the
 * catalogue's {@code page.*} sentences in both languages, so the page holds no words of its own.
 */
public record PageConfig(String lang, String username, String password, String buildingPrefix,
                         List<Room> rooms, boolean classroom, Map<String, Map<String, String>> text) {

    /** A room and its sensors' names. */
    public record Room(String name, List<String> sensors) { }

    /** The page's config for a lab whose building is {@code building} (null: none), speaking {@code lang} first. */
    public static PageConfig of(mqttlab.text.Lang lang, String username, String password, mqttlab.building.BuildingConfig building, boolean classroom) {
        List<Room> rooms = building == null ? List.of() : building.rooms().stream()
                .map(r -> new Room(r, java.util.stream.IntStream.rangeClosed(1, building.sensorsPerRoom())
                        .mapToObj(mqttlab.building.Topics::sensorName).toList())).toList();
        return new PageConfig(lang.name().toLowerCase(java.util.Locale.ROOT), username, password,
                building == null ? "building" : building.topics().prefix(), rooms, classroom, PageText.both());
    }

    /** The same, without the account: for a browser elsewhere on the network. */
    public PageConfig withoutAccount() {
        return new PageConfig(lang, null, null, buildingPrefix, rooms, classroom, text);
    }
}
