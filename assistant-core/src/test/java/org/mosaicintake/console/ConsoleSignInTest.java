package org.mosaicintake.console;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.mosaicintake.intake.IntakeDriver;
import org.mosaicintake.persistence.StaffAccount;
import org.mosaicintake.persistence.StaffSession;
import org.mosaicintake.staff.TestStaff;
import org.mosaicintake.domain.Tokens;
import org.junit.jupiter.api.Tag;

/**
 * Signing in to the console: the session cookie, the lock-out after repeated failures (form and
 * HTTP Basic alike), the 15-minute idle and 12-hour limits, signing out, the form token on every
 * change, and the role boundaries.
 */
@QuarkusTest
@Tag("database")
class ConsoleSignInTest {

    static final String PASSWORD = "a long clinician password";

    @BeforeAll
    static void staff() {
        TestStaff.ensure("dr.console", PASSWORD, StaffAccount.CLINICIAN, "demo");
        TestStaff.ensure("dr.locked", PASSWORD, StaffAccount.CLINICIAN, "demo");
        TestStaff.ensure("dr.basic", PASSWORD, StaffAccount.CLINICIAN, "demo");
    }

    @Test
    void without_a_session_pages_redirect_to_sign_in_and_the_api_answers_401() {
        for (String page : new String[] {"/console/intakes", "/console/intakes/some-id", "/console/admin/plugins"}) {
            given().redirects().follow(false).get(page).then().statusCode(302).header("Location", "/console/login");
        }
        given().get("/console/login").then().statusCode(200).contentType("text/html")
                .body(org.hamcrest.Matchers.containsString("ends after 15 minutes without activity, and after 12 hours in all"))
                .header("Content-Security-Policy", org.hamcrest.Matchers.containsString("frame-ancestors 'none'"));
        given().get("/api/v1/clinician/intakes").then().statusCode(401).header("WWW-Authenticate", org.hamcrest.Matchers.startsWith("basic"));
        // a made-up cookie is no session
        given().redirects().follow(false).cookie("mosaic_session", "made-up").get("/console/intakes").then().statusCode(302);
        // a client's intake token does not open the clinician API
        IntakeDriver intake = IntakeDriver.start("en");
        given().header("Authorization", "Bearer " + intake.token).get("/api/v1/clinician/intakes").then().statusCode(401);
    }

    @Test
    void signing_in_sets_a_strict_http_only_secure_cookie_for_the_console_only() {
        Response login = ConsoleSession.signInAttempt("dr.console", PASSWORD);
        assertThat(login.statusCode()).isEqualTo(303);
        assertThat(login.header("Location")).endsWith("/console/intakes");
        String setCookie = login.header("Set-Cookie");
        assertThat(setCookie).contains("mosaic_session=").contains("Path=/console").contains("HTTPOnly").contains("Secure")
                .contains("SameSite=Strict");
        // only the token's hash is stored
        String token = login.getCookie("mosaic_session");
        assertThat(QuarkusTransaction.requiringNew().call(() -> StaffSession.findById(Tokens.sha256(token)) != null)).isTrue();
        given().redirects().follow(false).cookie("mosaic_session", token).get("/console/intakes").then().statusCode(200);
    }

    @Test
    void a_wrong_password_is_refused_with_a_plain_message() {
        Response wrong = ConsoleSession.signInAttempt("dr.console", "not the password");
        assertThat(wrong.statusCode()).isEqualTo(401);
        assertThat(wrong.getCookie("mosaic_session")).isNull();
        assertThat(wrong.asString()).contains("did not match").contains("or after 15 minutes");
        assertThat(ConsoleSession.signInAttempt("nobody.here", "whatever").statusCode()).isEqualTo(401);
        // one failure does not lock: the right password still works, and resets the count
        assertThat(ConsoleSession.signInAttempt("dr.console", PASSWORD).statusCode()).isEqualTo(303);
    }

    @Test
    void five_failures_lock_the_account_for_form_and_basic_until_an_admin_unlocks_it() {
        for (int i = 0; i < 5; i++) {
            assertThat(ConsoleSession.signInAttempt("dr.locked", "wrong " + i).statusCode()).isEqualTo(401);
        }
        // locked: the right password is refused too, on the form and on the API
        assertThat(ConsoleSession.signInAttempt("dr.locked", PASSWORD).statusCode()).isEqualTo(401);
        given().auth().preemptive().basic("dr.locked", PASSWORD).get("/api/v1/clinician/intakes").then().statusCode(401);
        assertThat(QuarkusTransaction.requiringNew().call(() -> ((StaffAccount) StaffAccount.findById("dr.locked")).lockedUntil))
                .isAfter(Instant.now().plus(Duration.ofMinutes(14)));

        // the admin sees it locked and unlocks it
        ConsoleSession admin = ConsoleSession.signIn("admin", "admin-test-password");
        assertThat(admin.request().get("/console/admin/accounts").asString()).contains("Locked");
        admin.post("/console/admin/accounts/dr.locked/unlock").then().statusCode(303);
        assertThat(ConsoleSession.signInAttempt("dr.locked", PASSWORD).statusCode()).isEqualTo(303);
    }

    @Test
    void http_basic_failures_count_towards_the_lock_out() {
        for (int i = 0; i < 5; i++) {
            given().auth().preemptive().basic("dr.basic", "wrong " + i).get("/api/v1/clinician/intakes").then().statusCode(401);
        }
        assertThat(ConsoleSession.signInAttempt("dr.basic", PASSWORD).statusCode()).isEqualTo(401);
        QuarkusTransaction.requiringNew().run(() -> ((StaffAccount) StaffAccount.findById("dr.basic")).lockedUntil = null);
    }

    @Test
    void forty_parallel_guesses_are_counted_one_by_one_and_at_most_five_are_checked() throws Exception {
        TestStaff.ensure("dr.parallel", PASSWORD, "clinician", "demo");
        var pool = java.util.concurrent.Executors.newFixedThreadPool(20);
        try {
            java.util.List<java.util.concurrent.Future<Integer>> guesses = new java.util.ArrayList<>();
            for (int i = 0; i < 40; i++) {
                String guess = "guess " + i;
                guesses.add(pool.submit(() -> given().auth().preemptive().basic("dr.parallel", guess)
                        .get("/api/v1/clinician/intakes").statusCode()));
            }
            for (var g : guesses) {
                assertThat(g.get()).isEqualTo(401);
            }
        } finally {
            pool.shutdown();
        }
        StaffAccount after = QuarkusTransaction.requiringNew().call(() -> StaffAccount.findById("dr.parallel"));
        assertThat(after.failedLogins).as("attempts checked before the lock").isEqualTo(5);
        assertThat(after.lockedUntil).isAfter(Instant.now().plus(Duration.ofMinutes(14)));
        // the right password is refused while locked
        given().auth().preemptive().basic("dr.parallel", PASSWORD).get("/api/v1/clinician/intakes").then().statusCode(401);
        // every failure is in the audit trail, under the account's name
        assertThat(QuarkusTransaction.requiringNew().call(() -> org.mosaicintake.persistence.AuditRecord.count(
                "action = ?1 and actor = ?2", "sign_in_failed", "dr.parallel"))).isEqualTo(41);
        ConsoleSession.signInAttempt("correct horse battery staple", "x");
        assertThat(QuarkusTransaction.requiringNew().call(() -> org.mosaicintake.persistence.AuditRecord.count(
                "actor like ?1", "%horse%"))).as("a name that is no account's (perhaps a password) is not recorded").isZero();
    }

    @Test
    void a_session_ends_after_15_minutes_idle() {
        ConsoleSession session = ConsoleSession.signIn("dr.console", PASSWORD);
        age(session, Duration.ofMinutes(14), Duration.ofMinutes(14));
        session.request().get("/console/intakes").then().statusCode(200);
        age(session, Duration.ofMinutes(16), Duration.ofMinutes(16));
        session.request().get("/console/intakes").then().statusCode(302).header("Location", "/console/login");
        // and it is gone for good
        assertThat((Object) QuarkusTransaction.requiringNew().call(() -> StaffSession.findById(Tokens.sha256(session.cookie)))).isNull();
    }

    @jakarta.inject.Inject
    org.mosaicintake.staff.StaffSignIn signIn;

    @Test
    void sessions_that_ended_unused_are_swept_away() {
        ConsoleSession idle = ConsoleSession.signIn("dr.console", PASSWORD);
        ConsoleSession old = ConsoleSession.signIn("dr.console", PASSWORD);
        ConsoleSession live = ConsoleSession.signIn("dr.console", PASSWORD);
        age(idle, Duration.ofMinutes(20), Duration.ofMinutes(16));
        age(old, Duration.ofHours(13), Duration.ZERO);
        signIn.sweep();
        assertThat((Object) QuarkusTransaction.requiringNew().call(() -> StaffSession.findById(Tokens.sha256(idle.cookie)))).isNull();
        assertThat((Object) QuarkusTransaction.requiringNew().call(() -> StaffSession.findById(Tokens.sha256(old.cookie)))).isNull();
        live.request().get("/console/intakes").then().statusCode(200);
    }

    @Test
    void a_session_ends_12_hours_after_sign_in_however_active() {
        ConsoleSession session = ConsoleSession.signIn("dr.console", PASSWORD);
        age(session, Duration.ofHours(11).plusMinutes(59), Duration.ZERO);
        session.request().get("/console/intakes").then().statusCode(200);
        age(session, Duration.ofHours(12).plusMinutes(1), Duration.ZERO);
        session.request().get("/console/intakes").then().statusCode(302);
    }

    @Test
    void signing_out_ends_the_session_even_if_the_cookie_is_kept() {
        ConsoleSession session = ConsoleSession.signIn("dr.console", PASSWORD);
        Response out = session.post("/console/logout");
        assertThat(out.statusCode()).isEqualTo(303);
        assertThat(out.header("Set-Cookie")).contains("Max-Age=0");
        session.request().get("/console/intakes").then().statusCode(302);
    }

    @Test
    void a_form_without_the_session_token_or_from_another_site_is_refused() {
        ConsoleSession session = ConsoleSession.signIn("dr.console", PASSWORD);
        // no token, a wrong token: 403 and nothing done (the session still works)
        session.request().contentType("application/x-www-form-urlencoded").formParam("x", "y").post("/console/logout").then().statusCode(403);
        session.request().contentType("application/x-www-form-urlencoded").formParam("csrf", "forged").post("/console/logout").then().statusCode(403);
        session.request().get("/console/intakes").then().statusCode(200);
        // the right token from another site's page
        session.request().header("Origin", "https://evil.example").contentType("application/x-www-form-urlencoded")
                .formParam("csrf", session.csrf).post("/console/logout").then().statusCode(403);
        session.request().get("/console/intakes").then().statusCode(200);
        // HTTP Basic (which a browser may replay on its own) does not open the console at all
        given().redirects().follow(false).auth().preemptive().basic("dr.console", PASSWORD).contentType("application/x-www-form-urlencoded")
                .formParam("csrf", session.csrf).post("/console/logout").then().statusCode(302);
    }

    @Test
    void a_clinician_cannot_reach_the_admin_pages_or_api() {
        ConsoleSession session = ConsoleSession.signIn("dr.console", PASSWORD);
        for (String page : new String[] {"/console/admin/clinics", "/console/admin/plugins", "/console/admin/accounts", "/console/admin/audit"}) {
            session.request().get(page).then().statusCode(403);
        }
        session.post("/console/admin/accounts", "username", "sneaky.admin", "password", "a long enough password", "role", "admin")
                .then().statusCode(403);
        assertThat((Object) QuarkusTransaction.requiringNew().call(() -> StaffAccount.findById("sneaky.admin"))).isNull();
        given().auth().preemptive().basic("dr.console", PASSWORD).get("/api/v1/admin/audit/verify").then().statusCode(403);
        // and the list has no admin links
        assertThat(session.request().get("/console/intakes").asString()).doesNotContain("/console/admin/");
    }

    private static void age(ConsoleSession session, Duration sinceSignIn, Duration sinceLastRequest) {
        QuarkusTransaction.requiringNew().run(() -> {
            StaffSession s = StaffSession.findById(Tokens.sha256(session.cookie));
            Instant now = Instant.now();
            s.createdAt = now.minus(sinceSignIn);
            s.lastSeenAt = now.minus(sinceLastRequest);
        });
    }
}
