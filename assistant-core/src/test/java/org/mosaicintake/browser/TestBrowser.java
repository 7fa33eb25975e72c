package org.mosaicintake.browser;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/** Debian's headless Chromium through chromedriver for the browser tests, and axe-core's check of a page. */
public final class TestBrowser {

    private static final Path AXE = Path.of("../ui-widget/node_modules/axe-core/axe.min.js");

    private TestBrowser() {
    }

    /** Where the service under test listens (the test port is known before RestAssured sets its own per test). */
    public static String mosaicUrl() {
        return "http://localhost:" + org.eclipse.microprofile.config.ConfigProvider.getConfig()
                .getOptionalValue("quarkus.http.test-port", Integer.class).orElse(8081);
    }

    /** A headless browser, 1280 by 900, English; {@code prefs} are Chromium preferences (downloads, for instance). */
    public static ChromeDriver start(Map<String, Object> prefs) {
        System.setProperty(ChromeDriverService.CHROME_DRIVER_EXE_PROPERTY, "/usr/bin/chromedriver");
        ChromeOptions options = new ChromeOptions();
        options.setBinary("/usr/bin/chromium");
        options.addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--window-size=1280,900",
                "--disable-gpu", "--lang=en-GB");
        if (!prefs.isEmpty()) {
            options.setExperimentalOption("prefs", prefs);
        }
        ChromeDriver browser = new ChromeDriver(options);
        browser.manage().timeouts().scriptTimeout(Duration.ofSeconds(30));
        return browser;
    }

    /** Serious and critical WCAG 2.1 A/AA violations axe-core (from ui-widget's npm packages) reports for the current document. */
    @SuppressWarnings("unchecked")
    public static List<String> axe(ChromeDriver browser) throws IOException {
        JavascriptExecutor js = browser;
        js.executeScript(Files.readString(AXE));
        return (List<String>) js.executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                axe.run(document, {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']}})
                  .then(r => done(r.violations.filter(v => v.impact === 'serious' || v.impact === 'critical')
                    .map(v => v.id + ': ' + v.help + ' (' + v.nodes.map(n => n.target.join(' ')).join(', ') + ')')))
                  .catch(e => done(['axe failed: ' + e]));
                """);
    }
}
