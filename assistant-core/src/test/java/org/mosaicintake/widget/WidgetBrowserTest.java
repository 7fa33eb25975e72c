package org.mosaicintake.widget;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mosaicintake.persistence.Clinic;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.WindowType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The widget in a real browser (Debian's headless Chromium through chromedriver): a clinic page on
 * another origin than Mosaic loads the loader, the client opens the chat and goes through an intake
 * by clicking and typing, reloads and resumes, meets the crisis block; a page on an origin the clinic
 * did not allow cannot frame the chat; axe-core finds no serious accessibility violations.
 *
 * <p>Mosaic runs at http://localhost:PORT; the clinic pages are served from http://127.0.0.1:OTHER
 * (allowed) and http://127.0.0.1:THIRD (not allowed): three origins. With -DwriteDocs=true the test
 * also writes the screenshots in docs/screenshots/.
 */
@QuarkusTest
class WidgetBrowserTest {

    private static final Path SHOTS = Path.of("../docs/screenshots");

    private static HttpServer allowedHost;
    private static HttpServer otherHost;
    private static ChromeDriver browser;
    private static String mosaic;

    @BeforeAll
    static void start() {
        mosaic = org.mosaicintake.browser.TestBrowser.mosaicUrl();
        allowedHost = host("""
                <!doctype html><html lang="en"><head><meta charset="utf-8"><title>Riverside Therapy</title></head>
                <body><main><h1>Riverside Therapy</h1><p>Welcome.</p><p id="done" hidden>Thanks, we will be in touch.</p></main>
                <script src="MOSAIC/widget/loader.js" data-clinic="demo" async></script>
                <script>(function w(){ if (!window.Mosaic) { return setTimeout(w, 20); }
                  window.Mosaic.on('completed', function () { document.getElementById('done').hidden = false; }); }());</script>
                </body></html>
                """, """
                <!doctype html><html lang="en"><head><meta charset="utf-8"><title>Framed</title></head>
                <body><iframe id="chat" title="chat" width="400" height="600" src="MOSAIC/widget/chat?clinic=demo&mode=inline"></iframe></body></html>
                """);
        otherHost = host("""
                <!doctype html><html lang="en"><head><meta charset="utf-8"><title>Not the clinic</title></head>
                <body><p>A page trying to frame someone's chat.</p></body></html>
                """, """
                <!doctype html><html lang="en"><head><meta charset="utf-8"><title>Framed elsewhere</title></head>
                <body><iframe id="chat" title="chat" width="400" height="600" src="MOSAIC/widget/chat?clinic=demo&mode=inline"></iframe></body></html>
                """);
        String allowed = "http://127.0.0.1:" + allowedHost.getAddress().getPort();
        QuarkusTransaction.requiringNew().run(() -> {
            Clinic demo = Clinic.findById("demo");
            demo.allowedOrigins = allowed;
        });

        browser = org.mosaicintake.browser.TestBrowser.start(java.util.Map.of());
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.quit();
        }
        allowedHost.stop(0);
        otherHost.stop(0);
        QuarkusTransaction.requiringNew().run(() -> ((Clinic) Clinic.findById("demo")).allowedOrigins = null);
    }

    /** Each test is a new client: a new tab has its own session storage, so nothing is resumed from another test. */
    @BeforeEach
    void freshTab() {
        String old = browser.getWindowHandle();
        browser.switchTo().newWindow(WindowType.TAB);
        String fresh = browser.getWindowHandle();
        browser.switchTo().window(old).close();
        browser.switchTo().window(fresh);
        browser.manage().window().setSize(new Dimension(1280, 900));
    }

    @AfterEach
    void leaveFrames() {
        browser.switchTo().defaultContent();
    }

    /** A web server on its own origin serving a clinic page at / and a page that frames the chat at /framed. */
    private static final String INLINE = """
            <!doctype html><html lang="en"><head><meta charset="utf-8"><title>Inline</title></head>
            <body><main><h1>Book an assessment</h1><div id="chat-here" style="height:600px"></div></main>
            <script src="MOSAIC/widget/loader.js" data-clinic="demo" data-target="#chat-here" async></script></body></html>
            """;

    private static HttpServer host(String page, String framed) {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            server.createContext("/", exchange -> {
                String path = exchange.getRequestURI().getPath();
                String body = (path.equals("/framed") ? framed : path.equals("/inline") ? INLINE : page).replace("MOSAIC", mosaic);
                byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
                exchange.getResponseHeaders().add("Content-Type", "text/html; charset=utf-8");
                exchange.sendResponseHeaders(200, bytes.length);
                exchange.getResponseBody().write(bytes);
                exchange.close();
            });
            server.start();
            return server;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String clinicPage() {
        return "http://127.0.0.1:" + allowedHost.getAddress().getPort() + "/";
    }

    private static WebDriverWait waiting() {
        return new WebDriverWait(browser, Duration.ofSeconds(20), Duration.ofMillis(50));
    }

    private static Object js(String script, Object... args) {
        return ((JavascriptExecutor) browser).executeScript(script, args);
    }

    /** Opens the clinic page, clicks the launcher, and enters the chat's frame once it shows a question. */
    private static void openChat() {
        browser.get(clinicPage());
        WebElement launcher = waiting().until(d -> d.findElement(By.id("mosaic-launcher")));
        // the launcher's text and colour come from the clinic's settings
        waiting().until(d -> "Start here".equals(launcher.getText()));
        launcher.click();
        WebElement frame = waiting().until(d -> d.findElement(By.cssSelector("#mosaic-panel iframe")));
        browser.switchTo().frame(frame);
        waitForQuestion();
    }

    private static void waitForQuestion() {
        waiting().until(d -> Boolean.TRUE.equals(js(
                "return document.getElementById('typing').textContent === '' && (!document.getElementById('composer').hidden"
                        + " || !document.getElementById('end').hidden || document.getElementById('crisis') !== null);")));
    }

    private static String prompt() {
        return browser.findElement(By.id("composer")).getAttribute("data-prompt");
    }

    private static int lines() {
        return browser.findElements(By.cssSelector("#log .line")).size();
    }

    private static void click(String label) {
        int before = lines();
        browser.findElements(By.cssSelector("#options button")).stream().filter(b -> b.getText().equals(label)).findFirst()
                .orElseThrow(() -> new AssertionError("no option '" + label + "' at " + prompt())).click();
        waiting().until(d -> lines() >= before + 2);
        waitForQuestion();
    }

    /** Clicks the first option in one script call, then waits as {@link #click} does. */
    private static void clickFirstOption() {
        long before = (Long) js("var n = document.querySelectorAll('#log .line').length;"
                + " document.querySelector('#options button').click(); return n;");
        waiting().until(d -> lines() >= before + 2);
        waitForQuestion();
    }

    private static void type(String text) {
        int before = lines();
        WebElement input = browser.findElement(By.id("input"));
        input.clear();
        input.sendKeys(text);
        input.sendKeys(Keys.ENTER);
        waiting().until(d -> lines() >= before + 2);
        waitForQuestion();
    }

    /** The conversation's lines as the client reads them (read in one go: lines may be replaced meanwhile). */
    @SuppressWarnings("unchecked")
    private static List<String> log() {
        return (List<String>) js("return Array.from(document.querySelectorAll('#log .line')).map(e => e.innerText);");
    }

    @Test
    void a_client_on_the_clinic_page_completes_an_intake_by_clicking_and_typing() {
        openChat();
        assertThat(prompt()).isEqualTo("consent");
        assertThat(browser.findElement(By.id("log")).getAttribute("role")).isEqualTo("log");
        click("I agree, let's start");
        assertThat(prompt()).isEqualTo("story");
        type("I have been feeling low and tired since I lost my job, and I worry a lot at night.");
        // back one step, and on again
        assertThat(prompt()).isEqualTo("phq9.1");
        click("Not at all");
        browser.findElement(By.id("back")).click();
        waiting().until(d -> "phq9.1".equals(prompt()));
        // free typing at a choice prompt still works
        type("several days");
        assertThat(prompt()).isEqualTo("phq9.2");

        // the rest as a client would go through it: the first option of every choice, words where words are asked
        // (the page is read in one script call per answer: WebDriver round trips are the slow part here)
        for (int turn = 0; turn < 150; turn++) {
            @SuppressWarnings("unchecked")
            Map<String, Object> page = (Map<String, Object>) js("var b = document.querySelector('#options button');"
                    + "return {ended: !document.getElementById('end').hidden, kind: document.getElementById('composer').getAttribute('data-kind'),"
                    + " first: b ? b.textContent : null};");
            if (Boolean.TRUE.equals(page.get("ended"))) {
                break;
            }
            if ("TEXT".equals(page.get("kind"))) {
                type("I would like to sleep better and feel more like myself.");
            } else if ("NUMBER".equals(page.get("kind"))) {
                type("7");
            } else {
                clickFirstOption();
            }
        }
        WebElement end = browser.findElement(By.id("end"));
        assertThat(end.isDisplayed()).isTrue();
        assertThat(end.getText()).contains("What happens next");
        assertThat(log()).anySatisfy(line -> assertThat(line).contains("Thank you"));
        assertThat(browser.findElement(By.id("composer")).isDisplayed()).isFalse();
        // the host page heard 'completed' through postMessage, and nothing more
        browser.switchTo().defaultContent();
        waiting().until(d -> d.findElement(By.id("done")).isDisplayed());
    }

    @Test
    void the_client_reads_what_was_heard_and_corrects_it_before_finishing() {
        openChat();
        click("I agree, let's start");
        type("Since my divorce I argue with my ex all the time and I can't sleep.");
        assertThat(log()).anySatisfy(line -> assertThat(line).contains("Thank you for telling me this. You've spoken about")
                .contains("relationships"));
        for (int turn = 0; turn < 150 && !"heard".equals(prompt()); turn++) {
            @SuppressWarnings("unchecked")
            Map<String, Object> page = (Map<String, Object>) js("return {kind: document.getElementById('composer').getAttribute('data-kind')};");
            if ("TEXT".equals(page.get("kind"))) {
                type(prompt().equals("goals") ? "To get on with my ex for the children's sake." : "No, not really");
            } else if ("NUMBER".equals(page.get("kind"))) {
                type("6");
            } else {
                clickFirstOption();
            }
        }
        assertThat(prompt()).isEqualTo("heard");
        assertThat(log()).anySatisfy(line -> assertThat(line).contains("Before we finish, here is what I heard.")
                .contains("relationships").contains("To get on with my ex for the children's sake.").endsWith("Is that right?"));
        click("I'd like to correct or add something");
        assertThat(prompt()).isEqualTo("heard.correction");
        int before = lines();
        WebElement input = browser.findElement(By.id("input"));
        input.sendKeys("We have two children and they live with me.");
        input.sendKeys(Keys.ENTER);
        waiting().until(d -> lines() >= before + 2 && browser.findElement(By.id("end")).isDisplayed());
        assertThat(browser.findElement(By.id("end")).getText()).contains("What happens next");
    }

    @Test
    void a_reload_mid_way_resumes_where_the_client_was() {
        openChat();
        click("I agree, let's start");
        type("Panic attacks on the train, most mornings.");
        click("Several days");
        click("More than half the days");
        assertThat(prompt()).isEqualTo("phq9.3");

        browser.navigate().refresh();
        openChat();
        assertThat(prompt()).isEqualTo("phq9.3");
        assertThat(log()).anySatisfy(line -> assertThat(line).contains("Panic attacks on the train, most mornings."));
        // the token stays in the chat's own storage: the host page holds nothing of the intake
        browser.switchTo().defaultContent();
        assertThat((String) js("return JSON.stringify(window.sessionStorage) + JSON.stringify(window.localStorage) + document.cookie;"))
                .doesNotContain("token").doesNotContain("Panic");
    }

    @Test
    void a_risk_phrase_shows_the_crisis_block_at_once() {
        openChat();
        click("I agree, let's start");
        type("Honestly I just want to die.");
        WebElement crisis = browser.findElement(By.id("crisis"));
        assertThat(crisis.isDisplayed()).isTrue();
        assertThat(crisis.getAttribute("role")).isEqualTo("alert");
        assertThat(crisis.getText()).contains("988").contains("911");
        assertThat(prompt()).isEqualTo("asq.1");
        assertThat(log()).last().asString().contains("have you wished you were dead?");
        // only the crisis block is an alert
        assertThat(browser.findElements(By.cssSelector("[role=alert]"))).hasSize(1);
        screenshot("widget-crisis.png");
    }

    @Test
    void violence_at_home_shows_its_own_help_and_the_chat_closes_at_once() {
        openChat();
        click("I agree, let's start");
        type("My partner hits me and I am scared to go home tonight.");
        WebElement crisis = browser.findElement(By.id("crisis"));
        assertThat(crisis.isDisplayed()).isTrue();
        assertThat(crisis.getText()).contains("1-800-799-7233").contains("911").contains("not your fault")
                .contains("close this chat quickly");
        assertThat(prompt()).isEqualTo("risk.vah.safe");
        assertThat(log()).last().asString().contains("is it safe for you to talk right now?");
        // one key closes it: Escape asks the host page to close the panel, which hides the conversation at once
        browser.switchTo().activeElement().sendKeys(Keys.ESCAPE);
        browser.switchTo().defaultContent();
        waiting().until(d -> "false".equals(d.findElement(By.id("mosaic-launcher")).getAttribute("aria-expanded")));
        assertThat(browser.findElement(By.id("mosaic-panel")).isDisplayed()).isFalse();
    }

    @Test
    void the_keyboard_alone_opens_the_chat_and_answers() {
        browser.get(clinicPage());
        WebElement launcher = waiting().until(d -> d.findElement(By.id("mosaic-launcher")));
        launcher.sendKeys(Keys.ENTER);
        assertThat(launcher.getAttribute("aria-expanded")).isEqualTo("true");
        browser.switchTo().frame(browser.findElement(By.cssSelector("#mosaic-panel iframe")));
        waitForQuestion();
        int before = lines();
        // focus is on the first choice; Tab and Enter answer
        waiting().until(d -> "I agree, let's start".equals(d.switchTo().activeElement().getText()));
        browser.switchTo().activeElement().sendKeys(Keys.ENTER);
        waiting().until(d -> lines() >= before + 2);
        waitForQuestion();
        assertThat(prompt()).isEqualTo("story");
        // Escape asks the host page to close the panel, and focus returns to the launcher
        browser.switchTo().activeElement().sendKeys(Keys.ESCAPE);
        browser.switchTo().defaultContent();
        waiting().until(d -> "false".equals(d.findElement(By.id("mosaic-launcher")).getAttribute("aria-expanded")));
        assertThat(browser.switchTo().activeElement().getAttribute("id")).isEqualTo("mosaic-launcher");
        // the host page's small API does the same
        js("window.Mosaic.open();");
        assertThat(browser.findElement(By.id("mosaic-launcher")).getAttribute("aria-expanded")).isEqualTo("true");
        assertThat(browser.findElement(By.id("mosaic-panel")).isDisplayed()).isTrue();
        js("window.Mosaic.close();");
        assertThat(browser.findElement(By.id("mosaic-panel")).isDisplayed()).isFalse();
    }

    @Test
    void only_the_clinic_s_allowed_origins_can_frame_the_chat() {
        String csp = given().get("/widget/chat?clinic=demo").then().statusCode(200).extract().header("Content-Security-Policy");
        assertThat(csp).contains("frame-ancestors 'self' http://127.0.0.1:" + allowedHost.getAddress().getPort());

        browser.get(clinicPage() + "framed");
        browser.switchTo().frame(browser.findElement(By.id("chat")));
        waiting().until(d -> !d.findElements(By.cssSelector("#options button")).isEmpty());
        browser.switchTo().defaultContent();

        browser.get("http://127.0.0.1:" + otherHost.getAddress().getPort() + "/framed");
        browser.switchTo().frame(browser.findElement(By.id("chat")));
        // give a framed chat every chance to appear: for 1.5 s it must never render
        org.awaitility.Awaitility.await().during(Duration.ofMillis(1500)).atMost(Duration.ofSeconds(3))
                .pollInterval(Duration.ofMillis(100))
                .until(() -> browser.findElements(By.id("chat")).isEmpty() && browser.findElements(By.id("options")).isEmpty());
    }

    @Test
    void an_answer_to_a_question_the_intake_has_moved_past_is_refused_and_the_current_question_shown() {
        openChat();
        click("I agree, let's start");
        type("I've been low and tired since the winter.");
        assertThat(prompt()).isEqualTo("phq9.1");
        String intake = (String) js("return JSON.parse(sessionStorage.getItem('mosaic.intake.demo')).id;");
        String token = (String) js("return JSON.parse(sessionStorage.getItem('mosaic.intake.demo')).token;");
        // the same intake answered elsewhere (another tab): the service is at phq9.2 now
        given().header("Authorization", "Bearer " + token).header("Idempotency-Key", java.util.UUID.randomUUID().toString()).contentType("application/json").body(java.util.Map.of("choice", "2", "promptId", "phq9.1"))
                .post("/api/v1/intakes/" + intake + "/turns").then().statusCode(200);
        click("Not at all"); // still shown for phq9.1 in this tab
        waiting().until(d -> "phq9.2".equals(prompt()));
        assertThat(log()).anyMatch(l -> l.contains("moved on"));
        var state = given().header("Authorization", "Bearer " + token).get("/api/v1/intakes/" + intake).then().statusCode(200).extract().jsonPath();
        assertThat(state.getString("prompt.id")).as("the stale click did not answer phq9.2").isEqualTo("phq9.2");
    }

    @Test
    void inline_mode_fills_the_element_and_the_client_can_delete_their_answers() {
        browser.get(clinicPage() + "inline");
        WebElement frame = waiting().until(d -> d.findElement(By.cssSelector("#chat-here iframe")));
        assertThat(browser.findElements(By.id("mosaic-launcher"))).as("no launcher in inline mode").isEmpty();
        browser.switchTo().frame(frame);
        waitForQuestion();
        assertThat(browser.findElement(By.id("close")).isDisplayed()).as("nothing to close inline").isFalse();
        click("I agree, let's start");
        type("Work has been overwhelming and I argue with my partner.");
        String intake = (String) js("return JSON.parse(sessionStorage.getItem('mosaic.intake.demo')).id;");
        String token = (String) js("return JSON.parse(sessionStorage.getItem('mosaic.intake.demo')).token;");

        browser.findElement(By.id("delete")).click();
        WebElement confirm = browser.findElement(By.id("confirm-delete"));
        assertThat(confirm.getText()).contains("This cannot be undone");
        browser.findElement(By.id("confirm-yes")).click();
        waiting().until(d -> log().stream().anyMatch(l -> l.contains("Your answers have been deleted")));
        assertThat(log()).noneMatch(l -> l.contains("Work has been overwhelming"));
        assertThat(js("return sessionStorage.getItem('mosaic.intake.demo');")).isNull();
        // the service agrees: the intake is gone
        given().header("Authorization", "Bearer " + token).get("/api/v1/intakes/" + intake).then().statusCode(410);
    }

    @Test
    void the_chat_speaks_spanish_when_asked() {
        browser.get(mosaic + "/widget/chat?clinic=demo&locale=es");
        waitForQuestion();
        assertThat(browser.findElement(By.id("help-toggle")).getText()).isEqualTo("¿Necesitas ayuda ahora?");
        assertThat(browser.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("es");
        browser.findElement(By.id("help-toggle")).click();
        // the demo clinic is in the US: US lines, named in Spanish (never Spain's, whatever the language)
        assertThat(browser.findElement(By.id("help")).getText()).contains("988").contains("marca 2").contains("911").doesNotContain("024");
    }

    @Test
    void axe_finds_no_serious_accessibility_violations_and_the_screenshots_are_taken() throws IOException {
        browser.get(clinicPage());
        waiting().until(d -> "Start here".equals(d.findElement(By.id("mosaic-launcher")).getText()));
        screenshot("widget-closed.png");
        assertThat(axe()).as("clinic page with the launcher").isEmpty();

        openChat();
        click("I agree, let's start");
        assertThat(axe()).as("chat, text question").isEmpty();
        type("I feel anxious at work.");
        assertThat(axe()).as("chat, choice question").isEmpty();
        browser.switchTo().defaultContent();
        screenshot("widget-open-desktop.png");

        browser.manage().window().setSize(new Dimension(360, 740));
        browser.get(clinicPage());
        openChat();
        assertThat(browser.findElement(By.id("input")).getRect().getWidth()).isLessThan(360);
        assertThat((Long) js("return document.documentElement.scrollWidth;")).isLessThanOrEqualTo(360L);
        assertThat(axe()).as("chat on a phone").isEmpty();
        browser.switchTo().defaultContent();
        screenshot("widget-open-phone.png");
    }

    private static List<String> axe() throws IOException {
        return org.mosaicintake.browser.TestBrowser.axe(browser);
    }

    private static void screenshot(String name) {
        if (!Boolean.getBoolean("writeDocs")) {
            return;
        }
        browser.switchTo().defaultContent();
        try {
            Thread.sleep(800); // let smooth scrolling and the launcher's theme settle
            Files.createDirectories(SHOTS);
            Files.write(SHOTS.resolve(name), ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
