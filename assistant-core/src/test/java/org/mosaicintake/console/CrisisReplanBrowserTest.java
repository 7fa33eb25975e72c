package org.mosaicintake.console;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.mosaicintake.browser.TestBrowser;
import org.mosaicintake.intake.IntakeDriver;
import org.mosaicintake.intake.IntakeFlowTest;
import org.mosaicintake.persistence.StaffAccount;
import org.mosaicintake.staff.TestStaff;
import org.mosaicintake.testsupport.TestClinics;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * After a crisis, in a real browser (headless Chromium): an intake escalated at high risk shows a crisis
 * plan only (safety steps, its short course length against the clinic's budget); the clinician records the
 * risk found at review and re-plans, and the course appears, saying who reviewed the risk.
 */
@QuarkusTest
class CrisisReplanBrowserTest {

    private static final String CLINIC = TestClinics.ensure("crisis-browser-clinic", "Harbour Therapy", null, false);
    private static ChromeDriver browser;
    private static String mosaic;

    @BeforeAll
    static void start() {
        mosaic = TestBrowser.mosaicUrl();
        TestStaff.ensure("dr.harbour", ConsoleSignInTest.PASSWORD, StaffAccount.CLINICIAN, CLINIC);
        browser = TestBrowser.start(java.util.Map.of());
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void a_crisis_plan_then_the_course_once_the_clinician_has_reviewed_risk() throws Exception {
        IntakeDriver intake = IntakeDriver.start(CLINIC, "en");
        intake.choice("agree");
        JsonPath r = intake.text("Everything has been grey for months and I've been saving up my tablets for when it gets too much");
        assertThat(r.getString("status")).isEqualTo("ESCALATED");
        IntakeFlowTest.stored(intake.id, "plan");

        browser.get(mosaic + "/console/intakes/" + intake.id);
        browser.findElement(By.id("username")).sendKeys("dr.harbour");
        browser.findElement(By.id("password")).sendKeys(ConsoleSignInTest.PASSWORD);
        browser.findElement(By.cssSelector("main form button[type=submit]")).click();
        wait(d -> d.getCurrentUrl().endsWith("/console/intakes"));
        browser.get(mosaic + "/console/intakes/" + intake.id);
        wait(d -> d.getCurrentUrl().endsWith("/console/intakes/" + intake.id));

        String before = browser.findElement(By.id("plan")).getText();
        assertThat(before).contains("Crisis plan: only the crisis and safety steps").contains("Collaborative safety planning");
        assertThat(browser.findElement(By.id("course-length")).getText()).matches("Course length: \\d sessions \\(the clinic's budget is 20\\)\\.");
        List<WebElement> phases = browser.findElements(By.cssSelector("#plan ol.items"));
        int crisisItems = phases.get(0).findElements(By.cssSelector(":scope > li")).size();
        assertThat(crisisItems).isPositive();
        assertThat(phases.subList(1, phases.size())).allSatisfy(p -> assertThat(p.findElements(By.cssSelector(":scope > li"))).isEmpty());
        assertThat(TestBrowser.axe(browser)).as("crisis plan").isEmpty();

        new Select(browser.findElement(By.id("risk-after-review"))).selectByValue("MODERATE");
        browser.findElement(By.id("replan-note")).sendKeys("Seen today; safety plan agreed");
        browser.findElement(By.cssSelector("form.inline button[type=submit]")).click();
        wait(d -> d.getPageSource().contains("Version 2, awaiting"));

        String after = browser.findElement(By.id("plan")).getText();
        assertThat(after).contains("Risk reviewed by dr.harbour: moderate. This plan is made for that level.")
                .doesNotContain("Crisis plan: only the crisis and safety steps")
                .contains("Working together on thoughts of suicide");
        assertThat(browser.findElement(By.id("course-length")).getText()).startsWith("Course length: ");
        assertThat(browser.findElements(By.cssSelector("#plan ol.items > li")).size()).isGreaterThan(crisisItems);
    }

    private static void wait(java.util.function.Function<org.openqa.selenium.WebDriver, Boolean> condition) {
        try {
            new WebDriverWait(browser, Duration.ofSeconds(20), Duration.ofMillis(50)).until(condition::apply);
        } catch (org.openqa.selenium.TimeoutException e) {
            throw new AssertionError("timed out at " + browser.getCurrentUrl() + ": " + browser.getPageSource(), e);
        }
    }
}
