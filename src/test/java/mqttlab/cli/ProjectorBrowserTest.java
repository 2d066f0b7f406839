package mqttlab.cli;

import static org.junit.jupiter.api.Assertions.*;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import mqttlab.classroom.ClassroomFixture;
import mqttlab.lessons.LessonProgressStore;
import mqttlab.shell.LabShell;
import mqttlab.shell.ShellOptions;
import mqttlab.testsupport.Peers;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The projector view in a real browser: Debian's Chromium, headless, driven by Selenium through
 * Debian's chromedriver (never a downloaded one). The lab runs in-process and is typed into as a
 * person would; the page is asserted on as the class would see it. Screenshots go to target/projector/.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ProjectorBrowserTest {
    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path DRIVER = Path.of("/usr/bin/chromedriver");
    private static final Path SHOTS = Path.of("target", "projector");
    private static final Pattern URL = Pattern.compile("Projector view: (http://127\\.0\\.0\\.1:\\d+/)");

    @TempDir Path tmp;
    private ChromeDriver browser;
    private Path profile;

    @BeforeAll
    void browser() throws Exception {
        Peers.require(Files.isExecutable(CHROMIUM) && Files.isExecutable(DRIVER),
                "chromium and chromium-driver (Debian: apt-get install chromium chromium-driver)");
        // Selenium Manager would go to the network for a driver: the driver is given, and it is told to stay offline
        System.setProperty("webdriver.chrome.driver", DRIVER.toString());
        System.setProperty("SE_OFFLINE", "true");
        profile = Files.createTempDirectory("mqttlab-chromium");
        ChromeOptions o = new ChromeOptions();
        o.setBinary(CHROMIUM.toFile());
        o.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--user-data-dir=" + profile, "--window-size=1600,1000");
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(DRIVER.toFile()).usingAnyFreePort().build();
        browser = new ChromeDriver(service, o);
        browser.manage().timeouts().scriptTimeout(Duration.ofSeconds(10));
        Files.createDirectories(SHOTS);
    }

    @AfterAll
    void quit() throws Exception {
        if (browser != null) browser.quit();
        if (profile != null) {
            try (var files = Files.walk(profile)) {
                files.sorted(java.util.Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
            }
        }
    }

    @Test
    @DisplayName("the lab's page: temperatures change; `pub building/125/ac/set ON` turns 125's tile on within a second; an unplugged "
            + "sensor goes offline; a QoS 2 publish is a four-step diagram; an <img onerror> payload is text; responsive at speed 60")
    void theLab() throws Exception {
        try (TypedShell lab = new TypedShell("lab", t -> LabShell.run(new ShellOptions(null, null, null, 0, "en", false), t, false,
                LessonProgressStore.inMemory()))) {
            String banner = lab.awaitPrompt();
            String url = url(banner);
            assertTrue(lab.type("web").contains("Projector view: " + url), lab.screen());
            open(url + "?theme=light&lang=en");
            WebElement tile = browser.findElement(By.cssSelector(".tile[data-room='125']"));
            await("room 125's first reading", () -> tile.findElement(By.className("temp")).getText().endsWith("°C"), 10_000);
            await("the A/C's retained state", () -> "off".equals(tile.getAttribute("data-ac")), 5_000);

            // temperatures change: the readings move, and a room set hot shows it
            lab.type("building speed 60");
            Set<String> seen = new HashSet<>();
            await("room 101's temperature to change", () -> {
                seen.add(text(".tile[data-room='101'] .temp"));
                return seen.size() >= 3;
            }, 15_000);
            lab.type("building set 125 31");
            await("room 125 at about 31 °C", () -> text(".tile[data-room='125'] .temp").startsWith("3"), 10_000);
            await("a curve drawn for room 125", () -> !browser.findElements(By.cssSelector(".tile[data-room='125'] .chart canvas")).isEmpty(), 5_000);

            // the A/C: publish to tile change, on one machine's clock (the page's performance.timeOrigin + now()). Measured
            // from the moment the broker relayed the command (the page, subscribed to #, got its copy then), and from the
            // moment the line was typed (which adds the shell reading and parsing it: slow on a loaded machine)
            long typed = System.currentTimeMillis();
            lab.type("pub -t building/125/ac/set -m ON");
            await("room 125's A/C tile on", () -> "on".equals(tile.getAttribute("data-ac")), 1_000);
            double changed = ((Number) js("return window.mqttlabProbe.acChanged['125'];")).doubleValue();
            double relayed = ((Number) js("return window.mqttlabProbe.seen['building/125/ac/set'];")).doubleValue();
            long onMillis = Math.round(changed - relayed);
            long typedMillis = Math.round(changed - typed);
            assertTrue(onMillis >= 0 && onMillis < 1000, "publish (relayed) to tile: " + onMillis + " ms");
            assertTrue(tile.findElement(By.className("ac")).getText().contains("ON"), tile.getText());
            shot("building-light-en");

            // a sensor unplugged goes offline (its will), and back
            lab.type("building unplug 125 sensor1");
            By sensor1 = By.cssSelector(".tile[data-room='125'] li[data-sensor='sensor1']");
            await("sensor1 offline", () -> "offline".equals(browser.findElement(sensor1).getAttribute("data-status")), 3_000);
            assertTrue(browser.findElement(sensor1).getText().contains("offline"), browser.findElement(sensor1).getText());

            // QoS 2: PUBLISH, PUBREC, PUBREL, PUBCOMP between the publisher and the broker
            lab.type("pub -t test/qos2 -m hello -q 2");
            click("trace");
            await("the QoS 2 diagram", () -> text("#trace-heading").contains("test/qos2"), 3_000);
            List<String> labels = browser.findElements(By.cssSelector("#trace .step .label")).stream().map(WebElement::getText).toList();
            assertEquals(4, labels.size(), labels.toString());
            assertTrue(labels.get(0).startsWith("PUBLISH q2"), labels.toString());
            assertTrue(labels.get(1).startsWith("PUBREC") && labels.get(2).startsWith("PUBREL") && labels.get(3).startsWith("PUBCOMP"), labels.toString());
            List<String> dirs = browser.findElements(By.cssSelector("#trace .step")).stream().map(e -> e.getAttribute("data-dir")).toList();
            assertEquals(List.of("right", "left", "right", "left"), dirs);
            shot("trace-light-en");

            // a downgrade: a QoS 1 message to a QoS 0 subscription is drawn as such
            lab.type("sub -t test/down");
            lab.type("pub -t test/down -m x -q 1");
            await("the downgraded copy", () -> text("#trace-heading").contains("test/down")
                    && !browser.findElements(By.cssSelector("#trace .step[data-downgrade='true']")).isEmpty(), 3_000);
            assertTrue(text("#trace .step[data-downgrade='true'] .label").startsWith("PUBLISH q0"), text("#trace"));
            assertTrue(text("#trace-notes").contains("lower QoS"), text("#trace-notes"));

            // a classmate's markup is text: in the tree, as topic and as payload; no alert, no <img>
            lab.type("pub -t test/xss -m '<img src=x onerror=alert(1)>'");
            lab.type("pub -t 'html/<b>bold<b>' -m hi -r");
            click("tree");
            // (the tree is redrawn while messages arrive: read it whole, by selector, each time)
            await("the payload in the tree, as text", () -> text("#tree tr[data-topic='test/xss'] td.value").equals("<img src=x onerror=alert(1)>"), 3_000);
            assertTrue(browser.findElements(By.cssSelector("#tree img, #tree b")).isEmpty());
            assertTrue(text("#tree").contains("<b>bold<b>"), text("#tree"));
            assertNoAlert();
            await("the retained marker", () -> !browser.findElements(By.cssSelector("#tree tr[data-topic='html/<b>bold<b>'] .retained")).isEmpty(), 3_000);
            shot("tree-light-en");

            // dark and Korean, the words from the catalogue
            open(url + "?theme=dark&lang=ko");
            await("Korean words", () -> text("nav button[data-view='building']").equals("빌딩"), 5_000);
            await("the building in Korean", () -> text(".tile[data-room='125'] .ac").contains("에어컨"), 5_000);
            shot("building-dark-ko");
            click("trace");
            // the last message now is the one whose topic is markup: retained for a page opened late, and shown as text
            await("the trace after a reload (retained)", () -> text("#trace-heading").contains("html/<b>bold<b>"), 3_000);
            assertTrue(browser.findElements(By.cssSelector("#trace b")).isEmpty());
            shot("trace-dark-ko");

            // responsive at speed 60: a page action answers at once, long tasks stay short, a tile still follows in time
            open(url + "?theme=light&lang=en");
            await("online", () -> "online".equals(browser.findElement(By.id("status")).getAttribute("data-state")), 10_000);
            Thread.sleep(3_000);   // time must pass: the page is measured after seconds of the building's traffic at speed 60, not idle
            long t0 = System.nanoTime();
            click("tree");
            click("building");
            long clickMillis = (System.nanoTime() - t0) / 1_000_000;
            long sentOff = System.currentTimeMillis();
            lab.type("pub -t building/125/ac/set -m OFF");
            WebElement tile2 = browser.findElement(By.cssSelector(".tile[data-room='125']"));
            await("room 125's A/C tile off at speed 60", () -> "off".equals(tile2.getAttribute("data-ac")), 1_000);
            long offMillis = Math.round(((Number) js("return window.mqttlabProbe.acChanged['125'];")).doubleValue() - sentOff);
            @SuppressWarnings("unchecked")
            List<Number> longTasks = (List<Number>) js("return window.mqttlabProbe.longTasks;");
            long messages = ((Number) js("return window.mqttlabProbe.messages;")).longValue();
            long worst = longTasks.stream().mapToLong(Number::longValue).max().orElse(0);
            // the same without the shell in between: a client's publish, through the A/C unit and its retained state, to the tile
            Matcher lp = Pattern.compile("broker on 127\\.0\\.0\\.1:(\\d+)").matcher(banner);
            assertTrue(lp.find(), banner);
            long clientMillis = clientPublishToTile(Integer.parseInt(lp.group(1)), "building/125/ac/set", "ON", "on");
            String measured = "relayed publish→tile ON " + onMillis + " ms (typed line→tile " + typedMillis + " ms), typed OFF→tile " + offMillis + " ms (speed 60, fresh page); two view switches "
                    + clickMillis + " ms through WebDriver; a client's publish→tile ON " + clientMillis + " ms; " + messages + " messages in ~3 s; long tasks " + longTasks;
            System.out.println("[projector] " + measured);
            Files.writeString(SHOTS.resolve("measurements.txt"), measured + "\n");
            assertTrue(clientMillis >= 0 && clientMillis < 1000, measured);
            assertTrue(worst < 500, "a long task blocked the page: " + measured);
            assertTrue(lab.quit() == 0);
        }
    }

    @Test
    @DisplayName("a classroom: the scoreboard shows a student who joins; the page survives the lab stopping with a clear banner; "
            + "students cannot read nor write $lab/ topics")
    void theClassroom() throws Exception {
        ClassroomFixture f = ClassroomFixture.create(tmp, 2, "127.0.0.1", 0);
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        try (TypedShell teacher = new TypedShell("instructor", t -> new picocli.CommandLine(new ClassroomCommand(
                (o, addOn) -> LabShell.run(o, t, false, LessonProgressStore.inMemory(), addOn), new PrintStream(err, true, StandardCharsets.UTF_8)))
                .execute("-c", f.conf.toString(), "--no-building", "--lang", "en"))) {
            String banner = teacher.awaitPrompt();
            String url = url(banner);
            Matcher at = Pattern.compile("MQTT Lab — broker on (127\\.0\\.0\\.1:\\d+)").matcher(banner);
            assertTrue(at.find(), banner);
            open(url + "?theme=light&lang=en&view=scoreboard");
            By s01 = By.cssSelector("#scoreboard tr[data-user='s01'] td[data-online]");
            await("s01 on the board, offline", () -> !browser.findElements(s01).isEmpty()
                    && "false".equals(browser.findElement(s01).getAttribute("data-online")), 10_000);

            try (TypedShell alice = student("s01", at.group(1))) {
                alice.awaitText("Joined the class at " + at.group(1) + " as s01.", 10_000);
                alice.type("lesson 1");
                alice.type("next");
                await("s01 online on the board", () -> "true".equals(browser.findElement(s01).getAttribute("data-online")), 5_000);
                await("s01 at lesson 1 step 2", () -> text("#scoreboard tr[data-user='s01']").contains("01.2"), 10_000);
                shot("scoreboard-light-en");
                open(url + "?theme=dark&lang=ko&view=scoreboard");
                await("the board in Korean", () -> text("#scoreboard th").equals("학생") && text("#scoreboard").contains("01.2"), 10_000);
                shot("scoreboard-dark-ko");

                // $lab/ is the lab's: a student's own client reads nothing there and cannot write there
                assertTrue(noLabTopicsFor("s02", at.group(1)));
                // had the forged board gone through, the page would show it within this time
                mqttlab.testsupport.Await.stays(() -> text("#scoreboard").contains("01.2"), Duration.ofMillis(1500),
                        () -> "a student's publish to $lab/scoreboard reached the page: " + text("#scoreboard"));
                alice.quit();
            }
            assertEquals(0, teacher.quit());
            await("the banner that the lab is gone", () -> {
                String state = browser.findElement(By.id("status")).getAttribute("data-state");
                return "offline".equals(state) || "error".equals(state);
            }, 10_000);
            assertTrue(text("#status").contains("not reachable") || text("#status").contains("연결할 수 없습니다"), text("#status"));
            shot("lab-gone-dark-ko");
        }
        assertFalse(err.toString().contains("Exception"), err.toString());
    }

    @Test
    @DisplayName("mqttlab web --broker URL: the page on its own, for Debian's mosquitto; a retained A/C state and a reading reach the tiles")
    void anyBroker() throws Exception {
        try (var mosquitto = mqttlab.testsupport.MosquittoProcess.start();
             var server = mqttlab.web.PageServer.start("127.0.0.1", 0, mosquitto.host(), mosquitto.port(), new mqttlab.web.ProjectorPages(
                     () -> mqttlab.web.PageConfig.of(mqttlab.text.Lang.EN, null, null, mqttlab.building.BuildingConfig.defaults(), false)))) {
            var c = com.hivemq.client.mqtt.MqttClient.builder().useMqttVersion3().identifier("feeder")
                    .serverHost(mosquitto.host()).serverPort(mosquitto.port()).buildBlocking();
            c.connect();
            c.publishWith().topic("building/125/ac/state").payload("ON".getBytes(StandardCharsets.UTF_8)).retain(true).send();
            open(server.url() + "?theme=light&lang=en");
            await("125's A/C from mosquitto's retained message", () -> "on".equals(browser.findElement(By.cssSelector(".tile[data-room='125']")).getAttribute("data-ac")), 5_000);
            c.publishWith().topic("building/101/sensor1/temperature").payload("27.5".getBytes(StandardCharsets.UTF_8)).send();
            await("101's reading", () -> text(".tile[data-room='101'] .temp").equals("27.5 °C"), 5_000);
            c.disconnect();
            long millis = clientPublishToTile(mosquitto.port(), "building/125/ac/state", "OFF", "off");
            System.out.println("[projector] mosquitto: a client's publish→tile OFF " + millis + " ms");
            Files.writeString(SHOTS.resolve("measurements-mosquitto.txt"), "mosquitto: a client's publish→tile OFF " + millis + " ms\n");
            shot("any-broker-light-en");
        }
    }

    /** Publishes with a client of its own and returns the milliseconds until room 125's A/C tile shows {@code state} (by the page's clock). */
    private long clientPublishToTile(int port, String topic, String payload, String state) throws Exception {
        var c = com.hivemq.client.mqtt.MqttClient.builder().useMqttVersion3().identifier("timer-" + System.nanoTime())
                .serverHost("127.0.0.1").serverPort(port).buildBlocking();
        c.connect();
        try {
            long sent = System.currentTimeMillis();
            c.publishWith().topic(topic).payload(payload.getBytes(StandardCharsets.UTF_8)).retain(topic.endsWith("/state")).send();
            await("room 125's A/C tile " + state, () -> state.equals(browser.findElement(By.cssSelector(".tile[data-room='125']")).getAttribute("data-ac")), 1_000);
            return Math.round(((Number) js("return window.mqttlabProbe.acChanged['125'];")).doubleValue() - sent);
        } finally {
            c.disconnect();
        }
    }

    private TypedShell student(String user, String at) throws Exception {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        TypedShell s = new TypedShell(user, t -> {
            JoinOptions o = new JoinOptions();
            o.user = user;
            o.lang = "en";
            new picocli.CommandLine(o).parseArgs("--join", at);
            return new StudentShell(o, Map.of("MQTTLAB_PASSWORD", ClassroomFixture.password(user))::get,
                    (opts, addOn) -> LabShell.run(opts, t, false, LessonProgressStore.inMemory(), addOn),
                    new PrintStream(err, true, StandardCharsets.UTF_8), Map.of()).run();
        });
        s.awaitPrompt();
        return s;
    }

    /** A student's own program: subscribes to $lab/# and publishes to $lab/scoreboard; true when it neither read nor changed anything. */
    private static boolean noLabTopicsFor(String user, String at) throws Exception {
        String[] hp = at.split(":");
        var c = com.hivemq.client.mqtt.MqttClient.builder().useMqttVersion5().identifier(user + "-probe")
                .serverHost(hp[0]).serverPort(Integer.parseInt(hp[1])).buildBlocking();
        c.connectWith().simpleAuth().username(user).password(ClassroomFixture.password(user).getBytes(StandardCharsets.UTF_8)).applySimpleAuth().send();
        try (var publishes = c.publishes(com.hivemq.client.mqtt.MqttGlobalPublishFilter.ALL)) {
            try {
                c.subscribeWith().topicFilter("$lab/#").send();
            } catch (com.hivemq.client.mqtt.mqtt5.exceptions.Mqtt5SubAckException refused) {
                // the ACL refuses the subscription outright (SUBACK 0x87): reading is denied either way
            }
            try {
                c.publishWith().topic("$lab/scoreboard").payload("{\"students\":[]}".getBytes(StandardCharsets.UTF_8)).retain(true)
                        .qos(com.hivemq.client.mqtt.datatypes.MqttQos.AT_LEAST_ONCE).send();
            } catch (com.hivemq.client.mqtt.mqtt5.exceptions.Mqtt5PubAckException refused) {
                // PUBACK 0x87 Not authorized [MQTT-3.4.2]: the broker says so and drops it
            }
            var got = publishes.receive(1500, TimeUnit.MILLISECONDS);
            return got.isEmpty();
        } finally {
            c.disconnect();
        }
    }

    private static String url(String banner) {
        Matcher m = URL.matcher(banner);
        assertTrue(m.find(), banner);
        return m.group(1);
    }

    private void open(String url) {
        browser.get(url);
        await("the page connected", () -> "online".equals(browser.findElement(By.id("status")).getAttribute("data-state")), 10_000);
    }

    private void click(String view) {
        browser.findElement(By.cssSelector("nav button[data-view='" + view + "']")).click();
    }

    /** The text of the first element matching {@code css}, "" when none; read again if the page redrew it meanwhile. */
    private String text(String css) {
        for (int i = 0; ; i++) {
            try {
                List<WebElement> e = browser.findElements(By.cssSelector(css));
                return e.isEmpty() ? "" : e.get(0).getText();
            } catch (org.openqa.selenium.StaleElementReferenceException redrawn) {
                if (i == 5) throw redrawn;
            }
        }
    }

    private Object js(String script) { return ((JavascriptExecutor) browser).executeScript(script); }

    private void assertNoAlert() {
        assertThrows(NoAlertPresentException.class, () -> browser.switchTo().alert(), "an alert fired: the payload ran");
    }

    private void shot(String name) throws Exception {
        Files.write(SHOTS.resolve(name + ".png"), ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
    }

    private void await(String what, java.util.function.BooleanSupplier ok, long millis) {
        try {
            new WebDriverWait(browser, Duration.ofMillis(millis), Duration.ofMillis(20))
                    .ignoring(org.openqa.selenium.StaleElementReferenceException.class) // the page redrew what was being read: read again
                    .until(d -> ok.getAsBoolean());
        } catch (org.openqa.selenium.TimeoutException e) {
            fail("timed out after " + millis + " ms waiting for " + what);
        }
    }
}
