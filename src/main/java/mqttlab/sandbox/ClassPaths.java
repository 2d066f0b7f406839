package mqttlab.sandbox;

import java.io.File;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The class path a student's code needs: the running jar or classes (the lab's helper API) and
 * hivemq-mqtt-client with its dependencies.
 */
public final class ClassPaths {
    private ClassPaths() {
    }

    public static List<String> current() {
        Set<String> out = new LinkedHashSet<>();
        for (String e : System.getProperty("java.class.path", "").split(File.pathSeparator)) {
            if (!e.isBlank()) out.add(e);
        }
        for (String cls : List.of("com.hivemq.client.mqtt.MqttClient", "io.netty.channel.Channel", "io.reactivex.Flowable",
                "org.reactivestreams.Publisher", "mqttlab.exercises.jshell.Lab")) {
            locate(cls).ifPresent(out::add);
        }
        return List.copyOf(out);
    }

    private static java.util.Optional<String> locate(String className) {
        try {
            return of(Class.forName(className, false, ClassPaths.class.getClassLoader()));
        } catch (ClassNotFoundException | RuntimeException e) {
            return java.util.Optional.empty();
        }
    }

    /** The jar or folder {@code c} was loaded from, if known. */
    public static java.util.Optional<String> of(Class<?> c) {
        try {
            var src = c.getProtectionDomain().getCodeSource();
            return src == null ? java.util.Optional.empty() : java.util.Optional.of(Path.of(src.getLocation().toURI()).toString());
        } catch (URISyntaxException | RuntimeException e) {
            return java.util.Optional.empty();
        }
    }
}
