package org.mosaicintake.limits;

import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Duration;
import java.util.Optional;
import java.util.regex.Pattern;
import org.mosaicintake.config.MosaicConfig;

/**
 * The service's limits against flooding (the {@code mosaic.limits.*} keys), applied before a request
 * reaches its resource: intake starts per client address, turns per intake and per address, failed
 * staff sign-ins per address (past the limit every sign-in from that address waits, so guessing
 * stalls while a clinician who types the password right is only briefly held), and the body size of
 * the anonymous JSON API. Beyond a limit: 429 with {@code Retry-After}, or 413 for a body. Starts per
 * clinic are counted by the intake resource, which knows the clinic ({@link #startForClinic}).
 *
 * <p>Responses that carry health data (the client API, the clinicians' API and console) are sent
 * with {@code Cache-Control: no-store}.
 */
@ApplicationScoped
public class RequestLimits {

    private static final String INTAKES = "/api/v1/intakes";
    private static final Pattern TURN = Pattern.compile("/api/v1/intakes/([^/]+)/turns");

    private final RateLimiter starts;
    private final RateLimiter startsPerClinic;
    private final RateLimiter turnsPerIntake;
    private final RateLimiter turnsPerAddress;
    private final RateLimiter failedSignIns;
    private final long maxBody;

    public RequestLimits(MosaicConfig config) {
        MosaicConfig.Limits limits = config.limits();
        this.starts = new RateLimiter("intake starts from this address", limits.intakeStartsPerMinute());
        this.startsPerClinic = new RateLimiter("intake starts for this clinic", limits.intakeStartsPerMinutePerClinic());
        this.turnsPerIntake = new RateLimiter("answers to this intake", limits.turnsPerMinute());
        this.turnsPerAddress = new RateLimiter("answers from this address", limits.turnsPerMinute());
        this.failedSignIns = new RateLimiter("failed sign-ins from this address", limits.signInsPerMinute());
        this.maxBody = limits.anonymousBody().asLongValue();
    }

    /** Counts a start for a clinic; throws past the limit. */
    public void startForClinic(String clinic) {
        startsPerClinic.take(clinic == null ? "" : clinic).ifPresent(wait -> {
            throw new TooManyRequestsException(startsPerClinic.name(), wait);
        });
    }

    void register(@Observes Filters filters) {
        filters.register(this::filter, 20_000); // before authentication, so failed sign-ins are seen and held back
    }

    private void filter(RoutingContext rc) {
        String path = rc.normalizedPath();
        String address = rc.request().remoteAddress() == null ? "unknown" : rc.request().remoteAddress().hostAddress();
        boolean anonymousApi = path.equals(INTAKES) || path.startsWith(INTAKES + "/");
        if (anonymousApi || path.startsWith("/api/v1/clinician") || path.startsWith("/console/intakes")) {
            rc.addHeadersEndHandler(v -> rc.response().headers().set(HttpHeaders.CACHE_CONTROL, "no-store"));
        }
        if (anonymousApi) {
            String length = rc.request().getHeader(HttpHeaders.CONTENT_LENGTH);
            if (length != null && parse(length) > maxBody) {
                refuse(rc, 413, "the body is larger than " + maxBody + " bytes", null);
                return;
            }
            if (rc.request().method() == HttpMethod.POST) {
                Optional<Duration> wait = Optional.empty();
                String what = null;
                if (path.equals(INTAKES)) {
                    wait = starts.take(address);
                    what = starts.name();
                } else {
                    var turn = TURN.matcher(path);
                    if (turn.matches()) {
                        wait = turnsPerIntake.take(turn.group(1));
                        what = turnsPerIntake.name();
                        if (wait.isEmpty()) {
                            wait = turnsPerAddress.take(address);
                            what = turnsPerAddress.name();
                        }
                    }
                }
                if (wait.isPresent()) {
                    TooManyRequestsException e = new TooManyRequestsException(what, wait.get());
                    refuse(rc, 429, e.getMessage(), e.retryAfterSeconds());
                    return;
                }
            }
        }
        if (signIn(rc, path)) {
            Optional<Duration> wait = failedSignIns.exhausted(address);
            if (wait.isPresent()) {
                TooManyRequestsException e = new TooManyRequestsException(failedSignIns.name(), wait.get());
                refuse(rc, 429, e.getMessage(), e.retryAfterSeconds());
                return;
            }
            rc.addHeadersEndHandler(v -> {
                if (rc.response().getStatusCode() == 401) {
                    failedSignIns.take(address);
                }
            });
        }
        rc.next();
    }

    /** A request that carries staff credentials: HTTP Basic, or the console's sign-in form. */
    private static boolean signIn(RoutingContext rc, String path) {
        String authorization = rc.request().getHeader(HttpHeaders.AUTHORIZATION);
        return (authorization != null && authorization.regionMatches(true, 0, "Basic ", 0, 6))
                || (rc.request().method() == HttpMethod.POST && path.equals("/console/login"));
    }

    private static long parse(String length) {
        try {
            return Long.parseLong(length.trim());
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    private static void refuse(RoutingContext rc, int status, String message, Long retryAfter) {
        var response = rc.response().setStatusCode(status).putHeader(HttpHeaders.CONTENT_TYPE, "application/json");
        if (retryAfter != null) {
            response.putHeader("Retry-After", String.valueOf(retryAfter));
        }
        response.end("{\"status\":" + status + ",\"error\":\"" + message.replace("\"", "'") + "\",\"violations\":[]}");
    }
}
