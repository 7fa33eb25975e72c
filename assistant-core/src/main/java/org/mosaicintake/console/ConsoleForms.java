package org.mosaicintake.console;

import io.quarkus.security.identity.SecurityIdentity;
import io.vertx.core.http.HttpServerRequest;
import jakarta.ws.rs.ForbiddenException;
import java.security.MessageDigest;
import java.nio.charset.StandardCharsets;
import org.mosaicintake.security.StaffIdentityProviders;

/**
 * Cross-site request forgery checks for the console's forms: every form carries the session's token
 * (synchronizer token pattern), and a request whose {@code Origin} is another site is refused. A
 * request signed in by HTTP Basic has no session token, so it cannot post console forms.
 */
final class ConsoleForms {

    private ConsoleForms() {
    }

    /** The token to put in forms; null without a console session. */
    static String token(SecurityIdentity identity) {
        return identity.isAnonymous() ? null : identity.getAttribute(StaffIdentityProviders.CSRF_TOKEN);
    }

    /** @throws ForbiddenException when the form's token is missing or wrong, or the request comes from another site */
    static void check(SecurityIdentity identity, String formToken, HttpServerRequest request) {
        sameOrigin(request);
        String expected = token(identity);
        if (expected == null || formToken == null
                || !MessageDigest.isEqual(expected.getBytes(StandardCharsets.US_ASCII), formToken.getBytes(StandardCharsets.US_ASCII))) {
            throw new ForbiddenException(ConsoleTexts.text("form.expired"));
        }
    }

    /** @throws ForbiddenException when the browser says the request comes from another site */
    static void sameOrigin(HttpServerRequest request) {
        if (!org.mosaicintake.web.WebRequests.sameSite(request)) {
            throw new ForbiddenException(ConsoleTexts.text("form.otherSite"));
        }
    }
}
