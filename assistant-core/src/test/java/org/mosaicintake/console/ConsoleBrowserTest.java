package org.mosaicintake.console;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.mosaicintake.browser.TestBrowser;
import org.mosaicintake.intake.IntakeDriver;
import org.mosaicintake.intake.IntakeFlowTest;
import org.mosaicintake.persistence.Clinic;
import org.mosaicintake.persistence.StaffAccount;
import org.mosaicintake.staff.TestStaff;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The console's main path in a real browser (headless Chromium): sign in, open the most urgent
 * intake, re-plan it under another orientation, approve it, download the PDF. axe-core checks the
 * list and the summary. With -DwriteDocs=true the test also writes the console's screenshots in
 * docs/screenshots/.
 */
@QuarkusTest
class ConsoleBrowserTest {

    private static final Path SHOTS = Path.of("../docs/screenshots");
    private static final String CLINIC = "browser-clinic";

    private static ChromeDriver browser;
    private static Path downloads;
    private static String mosaic;

    @BeforeAll
    static void start() throws IOException {
        mosaic = TestBrowser.mosaicUrl();
        // a clinic of its own, so that its list holds only this test's intakes
        QuarkusTransaction.requiringNew().run(() -> {
            if (Clinic.findById(CLINIC) == null) {
                Clinic clinic = new Clinic();
                clinic.id = CLINIC;
                clinic.name = "Riverside Therapy";
                clinic.locale = "en";
                clinic.createdAt = Instant.now();
                clinic.persist();
            }
        });
        TestStaff.ensure("dr.browser", ConsoleSignInTest.PASSWORD, StaffAccount.CLINICIAN, CLINIC);

        downloads = Files.createTempDirectory("console-downloads");
        browser = TestBrowser.start(Map.of("download.default_directory", downloads.toString(),
                "download.prompt_for_download", false, "plugins.always_open_pdf_externally", true));
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void sign_in_open_the_most_urgent_intake_re_plan_approve_and_download_the_pdf() throws Exception {
        String calm = intake("I would like to feel more confident at work.", Map.of());
        String urgent = intake("Since the redundancy I lie awake going over everything and I have stopped seeing friends.",
                Map.of("phq9.1", "2", "phq9.2", "3", "phq9.9", "1", "asq.1", "1", "asq.2", "1", "gad7.1", "2"));

        browser.get(mosaic + "/console/intakes");
        assertThat(browser.getCurrentUrl()).endsWith("/console/login");
        browser.findElement(By.id("username")).sendKeys("dr.browser");
        browser.findElement(By.id("password")).sendKeys(ConsoleSignInTest.PASSWORD);
        browser.findElement(By.cssSelector("main form button[type=submit]")).click();

        wait(d -> d.getCurrentUrl().endsWith("/console/intakes"));
        List<WebElement> rows = browser.findElements(By.cssSelector("table.list tbody tr"));
        assertThat(rows).hasSize(2);
        assertThat(rows.get(0).getText()).contains("Moderate").contains("Urgent");
        assertThat(rows.get(1).findElement(By.cssSelector("a.open")).getAttribute("href")).endsWith(calm);
        assertThat(axe()).as("intake list").isEmpty();
        screenshot("console-list.png", 900);

        rows.get(0).findElement(By.cssSelector("a.open")).click();
        wait(d -> d.getCurrentUrl().endsWith("/console/intakes/" + urgent));
        assertThat(browser.findElement(By.id("risk-h")).isDisplayed()).isTrue();
        assertThat(browser.getPageSource()).contains("I lie awake going over everything");
        assertThat(axe()).as("intake summary").isEmpty();
        screenshot("console-summary.png", 2400);
        ((JavascriptExecutor) browser).executeScript("document.getElementById('plan').scrollIntoView()");
        screenshot("console-plan.png", 1600);

        Select orientation = new Select(browser.findElement(By.id("orientation")));
        String before = orientation.getFirstSelectedOption().getAttribute("value");
        WebElement other = orientation.getOptions().stream().filter(o -> !o.getAttribute("value").equals(before)
                && !o.getAttribute("value").equals("emdr")).findFirst().orElseThrow();
        String otherId = other.getAttribute("value");
        orientation.selectByValue(otherId);
        browser.findElement(By.id("replan-note")).sendKeys("Prefers to talk it through");
        browser.findElement(By.cssSelector("form.inline button[type=submit]")).click();
        wait(d -> d.getPageSource().contains("Version 2, awaiting"));
        assertThat(browser.findElement(By.cssSelector("#plan p:nth-of-type(2) strong")).getText()).isEqualTo(otherId);

        browser.findElement(By.cssSelector("button.approve")).click();
        wait(d -> d.findElements(By.cssSelector(".review-APPROVED")).size() == 1);
        assertThat(browser.findElement(By.cssSelector(".review-APPROVED")).getText()).contains("Approved by dr.browser").contains("version 2");

        browser.findElement(By.linkText("Download PDF")).click();
        Path pdf = downloaded("intake-" + urgent + ".pdf");
        String text = ExportTest.text(Files.readAllBytes(pdf));
        assertThat(text).contains("Approved by dr.browser").contains("Primary lens: " + otherId).contains("Riverside Therapy");
    }

    private static String intake(String story, Map<String, Object> answers) {
        IntakeDriver intake = IntakeDriver.start(CLINIC, "en");
        java.util.Map<String, Object> all = new java.util.HashMap<>(answers);
        all.put("story", story);
        intake.completeWith(all);
        IntakeFlowTest.stored(intake.id, "plan");
        return intake.id;
    }

    private static void wait(java.util.function.Function<org.openqa.selenium.WebDriver, Boolean> condition) {
        try {
            new WebDriverWait(browser, Duration.ofSeconds(20), Duration.ofMillis(50)).until(condition::apply);
        } catch (org.openqa.selenium.TimeoutException e) {
            throw new AssertionError("timed out at " + browser.getCurrentUrl() + ": " + browser.getPageSource(), e);
        }
    }

    private static Path downloaded(String name) throws InterruptedException, IOException {
        Path file = downloads.resolve(name);
        try {
            org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(100))
                    .until(() -> Files.exists(file) && Files.size(file) > 0);
        } catch (org.awaitility.core.ConditionTimeoutException e) {
            // reported below with what was downloaded instead
        }
        try (Stream<Path> files = Files.list(downloads)) {
            assertThat(file).as("downloads: %s", files.toList()).exists();
        }
        return file;
    }

    private static List<String> axe() throws IOException {
        return TestBrowser.axe(browser);
    }

    private static void screenshot(String name, int height) {
        if (!Boolean.getBoolean("writeDocs")) {
            return;
        }
        try {
            browser.manage().window().setSize(new Dimension(1280, height));
            Thread.sleep(300);
            if (name.equals("console-plan.png")) {
                ((JavascriptExecutor) browser).executeScript("document.getElementById('plan').scrollIntoView()");
            }
            Files.createDirectories(SHOTS);
            Files.write(SHOTS.resolve(name), ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
            browser.manage().window().setSize(new Dimension(1280, 900));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
