package org.mosaicintake.security;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.UsernamePasswordAuthenticationRequest;
import io.quarkus.security.runtime.QuarkusPrincipal;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import org.mosaicintake.staff.StaffSignIn;

/** Turns credentials into staff identities: a password (HTTP Basic) and a console session. Both block, so both run off the event loop. */
public final class StaffIdentityProviders {

    /** Identity attribute holding the console session's form token; absent for HTTP Basic. */
    public static final String CSRF_TOKEN = "mosaic.csrf";

    private StaffIdentityProviders() {
    }

    static SecurityIdentity identity(StaffSignIn.Staff staff) {
        QuarkusSecurityIdentity.Builder builder = QuarkusSecurityIdentity.builder()
                .setPrincipal(new QuarkusPrincipal(staff.username())).addRoles(staff.roles());
        if (staff.csrfToken() != null) {
            builder.addAttribute(CSRF_TOKEN, staff.csrfToken());
        }
        return builder.build();
    }

    /** HTTP Basic, checked with the lock-out. */
    @ApplicationScoped
    public static class Password implements IdentityProvider<UsernamePasswordAuthenticationRequest> {

        private final StaffSignIn signIn;

        public Password(StaffSignIn signIn) {
            this.signIn = signIn;
        }

        @Override
        public Class<UsernamePasswordAuthenticationRequest> getRequestType() {
            return UsernamePasswordAuthenticationRequest.class;
        }

        @Override
        public Uni<SecurityIdentity> authenticate(UsernamePasswordAuthenticationRequest request, AuthenticationRequestContext context) {
            return context.runBlocking(() -> {
                io.vertx.ext.web.RoutingContext http = io.quarkus.vertx.http.runtime.security.HttpSecurityUtils.getRoutingContextAttribute(request);
                String remote = http == null ? null : org.mosaicintake.web.WebRequests.remote(http.request());
                Optional<StaffSignIn.Staff> staff = signIn.verify(request.getUsername(), new String(request.getPassword().getPassword()), remote);
                return identity(staff.orElseThrow(AuthenticationFailedException::new));
            });
        }
    }

    /** The console's session cookie. */
    @ApplicationScoped
    public static class Session implements IdentityProvider<SessionAuthenticationRequest> {

        private final StaffSignIn signIn;

        public Session(StaffSignIn signIn) {
            this.signIn = signIn;
        }

        @Override
        public Class<SessionAuthenticationRequest> getRequestType() {
            return SessionAuthenticationRequest.class;
        }

        @Override
        public Uni<SecurityIdentity> authenticate(SessionAuthenticationRequest request, AuthenticationRequestContext context) {
            return context.runBlocking(() -> identity(signIn.resume(request.token()).orElseThrow(AuthenticationFailedException::new)));
        }
    }
}
