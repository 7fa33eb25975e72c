package org.mosaicintake.security;

import io.quarkus.security.identity.request.BaseAuthenticationRequest;

/** The console's session cookie, to be turned into the signed-in member of staff. */
public final class SessionAuthenticationRequest extends BaseAuthenticationRequest {

    private final String token;

    public SessionAuthenticationRequest(String token) {
        this.token = token;
    }

    public String token() {
        return token;
    }
}
