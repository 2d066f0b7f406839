package mqttlab.cli;

import java.net.URI;
import java.util.concurrent.Callable;
import mqttlab.building.BuildingConfig;
import mqttlab.building.BuildingConfigException;
import mqttlab.building.BuildingConfigParser;
import mqttlab.text.Text;
import mqttlab.web.PageConfig;
import mqttlab.web.PageServer;
import mqttlab.web.ProjectorPages;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code mqttlab web --broker URL}: the projector page on its own, for a broker the lab does not run.
 * The page's MQTT connection goes through this process to the broker over TCP; the lab's own topics
 * ($lab/trace, $lab/scoreboard) appear only where a lab publishes them.
 */
@Command(name = "web", mixinStandardHelpOptions = true,
        description = {"Serve the projector view (building, topic tree, trace, scoreboard) for the broker at URL.",
                "Open the address it prints in a browser; the page is an MQTT client of that broker (over WebSocket, through this process)."},
        footer = {"", "Examples:", "  mqttlab web --broker tcp://127.0.0.1:1883", "  mqttlab web --broker tcp://10.0.0.5:1883 -p 8080 --user teacher --password secret", ""})
public final class WebCommand implements Callable<Integer> {
    @picocli.CommandLine.Mixin LangOption langOption = new LangOption();

    @Option(names = "--broker", required = true, paramLabel = "URL", description = "the broker: tcp://HOST:PORT (mqtt:// too; port 1883 when left out)")
    String broker;

    @Option(names = {"-p", "--port"}, paramLabel = "N", description = "the page's port (default ${DEFAULT-VALUE}; 0: any free port)", defaultValue = "9001")
    int port;

    @Option(names = "--bind", paramLabel = "${bundle:label.address:-ADDRESS}", description = "where to listen (default ${DEFAULT-VALUE}: this machine only)", defaultValue = "127.0.0.1")
    String bind;

    @Option(names = {"-u", "--user"}, paramLabel = "${bundle:label.user:-USER}", description = "the account the page logs in with (given only to a browser on this machine)")
    String user;

    @Option(names = {"-P", "--password"}, paramLabel = "${bundle:label.password:-PASSWORD}", description = "its password")
    String password;

    @Override
    public Integer call() throws Exception {
        URI u;
        try {
            u = URI.create(broker.contains("://") ? broker : "tcp://" + broker);
            if (!(u.getScheme().equals("tcp") || u.getScheme().equals("mqtt")) || u.getHost() == null) throw new IllegalArgumentException();
        } catch (IllegalArgumentException e) {
            System.err.println(Text.t("shell.bad.url", broker));
            return 2;
        }
        BuildingConfig building;
        try {
            building = BuildingConfigParser.loadOrDefault(mqttlab.files.LabHome.get());
        } catch (BuildingConfigException e) {
            building = BuildingConfig.defaults();
        }
        BuildingConfig b = building;
        PageServer server;
        try {
            server = PageServer.start(bind, port, u.getHost(), u.getPort() < 0 ? 1883 : u.getPort(),
                    new ProjectorPages(() -> PageConfig.of(Text.lang(), user, password, b, false)));
        } catch (Exception e) {
            System.err.println(Text.t("shell.web.failed", bind + ":" + port + ": " + (e.getMessage() == null ? e : e.getMessage())));
            return 1;
        }
        System.out.println(Text.t("shell.web.serving", server.url(), "tcp://" + u.getHost() + ":" + (u.getPort() < 0 ? 1883 : u.getPort())));
        System.out.flush();
        Runtime.getRuntime().addShutdownHook(new Thread(server::close, "mqttlab-web-shutdown"));
        server.await();
        return 0;
    }

}
