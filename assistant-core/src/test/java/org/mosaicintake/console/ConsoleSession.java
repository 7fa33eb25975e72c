package org.mosaicintake.console;

import static io.restassured.RestAssured.given;

import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A member of staff signed in to the console through its form, as a browser would be: the session cookie and the form token. */
public final class ConsoleSession {

    private static final Pattern CSRF = Pattern.compile("name=\"csrf\" value=\"([^\"]+)\"");

    public final String cookie;
    public final String csrf;

    private ConsoleSession(String cookie, String csrf) {
        this.cookie = cookie;
        this.csrf = csrf;
    }

    /** Signs in; fails the test when the console refuses. */
    public static ConsoleSession signIn(String username, String password) {
        Response login = signInAttempt(username, password);
        if (login.statusCode() != 303) {
            throw new AssertionError("sign-in refused: " + login.statusCode());
        }
        String cookie = login.getCookie("mosaic_session");
        String page = given().redirects().follow(false).cookie("mosaic_session", cookie).get("/console/intakes").asString();
        Matcher m = CSRF.matcher(page);
        if (!m.find()) {
            throw new AssertionError("no form token on the intake list");
        }
        return new ConsoleSession(cookie, m.group(1));
    }

    public static Response signInAttempt(String username, String password) {
        return given().redirects().follow(false).contentType("application/x-www-form-urlencoded")
                .formParam("username", username).formParam("password", password).post("/console/login");
    }

    /** A request with the session cookie, not following redirects. */
    public RequestSpecification request() {
        return given().redirects().follow(false).cookie("mosaic_session", cookie);
    }

    /** A console form post with the session's token and the given fields. */
    public Response post(String path, Object... fields) {
        RequestSpecification spec = request().contentType("application/x-www-form-urlencoded").formParam("csrf", csrf);
        for (int i = 0; i < fields.length; i += 2) {
            spec = spec.formParam((String) fields[i], fields[i + 1]);
        }
        return spec.post(path);
    }

    /** A page's text with the entities Qute escapes turned back, for assertions on quoted words. */
    public static String page(Response response) {
        return response.asString().replace("&#39;", "'").replace("&quot;", "\"").replace("&amp;", "&");
    }
}
