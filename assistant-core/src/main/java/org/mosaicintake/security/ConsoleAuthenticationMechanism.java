package org.mosaicintake.security;

import io.netty.handler.codec.http.HttpResponseStatus;
import io.quarkus.security.identity.IdentityProviderManager;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.AuthenticationRequest;
import io.quarkus.vertx.http.runtime.security.ChallengeData;
import io.quarkus.vertx.http.runtime.security.HttpAuthenticationMechanism;
import io.quarkus.vertx.http.runtime.security.HttpCredentialTransport;
import io.quarkus.vertx.http.runtime.security.HttpSecurityUtils;
import io.smallrye.mutiny.Uni;
import io.vertx.core.http.Cookie;
import io.vertx.core.http.CookieSameSite;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Set;

/**
 * The console's sign-in: a session cookie on {@code /console} pages, and a redirect to the sign-in
 * page when there is none. The console's paths take this mechanism only ({@code application.properties}),
 * so HTTP Basic, which a browser may replay on its own, never opens a console page; elsewhere it
 * stands aside and HTTP Basic (for the clinician API) answers 401. A session that expired or was
 * closed is treated as no session.
 */
@ApplicationScoped
public class ConsoleAuthenticationMechanism implements HttpAuthenticationMechanism {

    public static final String COOKIE = "mosaic_session";
    public static final String LOGIN_PAGE = "/console/login";
    /** The name {@code quarkus.http.auth.permission.console.auth-mechanism} gives this mechanism: the console takes nothing else. */
    public static final String SCHEME = "mosaic-session";

    @Override
    public Uni<SecurityIdentity> authenticate(RoutingContext context, IdentityProviderManager identityProviderManager) {
        Cookie cookie = console(context) ? context.request().getCookie(COOKIE) : null;
        if (cookie == null) {
            return Uni.createFrom().nullItem();
        }
        AuthenticationRequest request = HttpSecurityUtils.setRoutingContextAttribute(new SessionAuthenticationRequest(cookie.getValue()), context);
        return identityProviderManager.authenticate(request).onFailure().recoverWithNull();
    }

    @Override
    public Uni<ChallengeData> getChallenge(RoutingContext context) {
        return console(context) ? Uni.createFrom().item(new ChallengeData(HttpResponseStatus.FOUND.code(), "Location", LOGIN_PAGE))
                : Uni.createFrom().nullItem();
    }

    @Override
    public Uni<Boolean> sendChallenge(RoutingContext context) {
        if (!console(context)) {
            return Uni.createFrom().item(false);
        }
        context.response().setStatusCode(HttpResponseStatus.FOUND.code()).putHeader("Location", LOGIN_PAGE).end();
        return Uni.createFrom().item(true);
    }

    @Override
    public Set<Class<? extends AuthenticationRequest>> getCredentialTypes() {
        return Set.of(SessionAuthenticationRequest.class);
    }

    @Override
    public Uni<HttpCredentialTransport> getCredentialTransport(RoutingContext context) {
        return Uni.createFrom().item(new HttpCredentialTransport(HttpCredentialTransport.Type.COOKIE, COOKIE, SCHEME));
    }

    @Override
    public int getPriority() {
        return 2000;
    }

    /** The session cookie: HttpOnly, SameSite=Strict, for the console's paths only, Secure unless configured otherwise. */
    public static Cookie sessionCookie(String token, boolean secure) {
        return Cookie.cookie(COOKIE, token).setPath("/console").setHttpOnly(true).setSecure(secure).setSameSite(CookieSameSite.STRICT);
    }

    static boolean console(RoutingContext context) {
        String path = context.normalizedPath();
        return path.equals("/console") || path.startsWith("/console/");
    }
}
