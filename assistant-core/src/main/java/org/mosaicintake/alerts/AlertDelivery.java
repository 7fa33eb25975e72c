package org.mosaicintake.alerts;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.jboss.logging.Logger;
import org.mosaicintake.config.MosaicConfig;
import org.mosaicintake.persistence.Alert;
import org.mosaicintake.persistence.Clinic;

/**
 * Delivers the alert outbox to the clinic's webhook, at least once: due alerts are read in one short
 * transaction, POSTed outside any transaction, and marked delivered (2xx) or rescheduled with a
 * doubling delay in another. An alert written before a crash or restart is simply delivered after
 * it. Receivers de-duplicate by the {@code Idempotency-Key} header (the alert id).
 *
 * <p>The payload holds the alert and intake ids, the clinic, the level and the time; never client text.
 */
@ApplicationScoped
public class AlertDelivery {

    private static final Logger LOG = Logger.getLogger(AlertDelivery.class);
    private static final int BATCH = 50;
    private static final int LOUD_AFTER_ATTEMPTS = 5;

    private final MosaicConfig.Alerts config;
    private final ObjectMapper json;
    private final HttpClient http;

    public AlertDelivery(MosaicConfig config, ObjectMapper json) {
        this.config = config.alerts();
        this.json = json;
        this.http = HttpClient.newBuilder().connectTimeout(this.config.timeout()).build();
    }

    void onStart(@Observes StartupEvent event) {
        config.webhookUrl().ifPresent(url -> requireAllowed(url.toString(), "mosaic.alerts.webhook-url"));
        config.webhookSecret().ifPresent(secret -> {
            try {
                WebhookSignature.of(secret);
            } catch (IllegalArgumentException e) {
                throw new IllegalStateException("mosaic.alerts.webhook-secret " + e.getMessage());
            }
        });
        if (config.webhookUrl().isEmpty()) {
            LOG.warn("No service-wide alert webhook is configured (mosaic.alerts.webhook-url): alerts of clinics without a "
                    + "webhook of their own wait in the outbox; escalated and urgent intakes are still pinned for clinicians");
        }
    }

    /**
     * Refuses a webhook address that is not absolute https (or http, when plain http is allowed).
     *
     * @throws IllegalArgumentException saying why, naming {@code setting}
     */
    public void requireAllowed(String url, String setting) {
        requireAllowed(url, setting, config.allowPlainHttp());
    }

    static void requireAllowed(String url, String setting, boolean allowPlainHttp) {
        URI uri;
        try {
            uri = URI.create(url.strip());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(setting + " is not a valid address");
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(java.util.Locale.ROOT);
        if (uri.getHost() == null || !(scheme.equals("https") || scheme.equals("http"))) {
            throw new IllegalArgumentException(setting + " must be an absolute https address");
        }
        if (scheme.equals("http") && !allowPlainHttp) {
            throw new IllegalArgumentException(setting + " must use https (alerts name intakes at risk); plain http only with "
                    + "mosaic.alerts.allow-plain-http=true");
        }
    }

    /** The payload of one alert: what a receiver gets, and all it gets. */
    record Payload(String alertId, String intakeId, String clinicId, String pathway, String level, Instant raisedAt) {
    }

    /** Where one alert goes, and the secret it is signed with (none: unsigned). */
    private record Delivery(Payload payload, URI url, String secret) {
    }

    @Scheduled(every = "${mosaic.alerts.poll-interval}", delayed = "${mosaic.alerts.poll-interval}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void deliverDue() {
        // claim before delivering: with several instances on one database, each alert goes out once
        Instant claimUntil = Instant.now().plus(config.timeout().multipliedBy(2));
        List<Delivery> due = QuarkusTransaction.requiringNew().call(() -> {
            Instant now = Instant.now();
            List<Alert> alerts = config.webhookUrl().isPresent() ? Alert.due(now, BATCH) : Alert.dueWithClinicWebhook(now, BATCH);
            return alerts.stream().flatMap(a -> destination(a).filter(d -> Alert.claim(a.id, a.nextAttemptAt, claimUntil)).stream())
                    .toList();
        });
        for (Delivery delivery : due) {
            String failure = post(delivery);
            QuarkusTransaction.requiringNew().run(() -> record(delivery.payload().alertId(), failure));
        }
    }

    /** The clinic's own webhook when it has one, else the service's; none: the alert waits. */
    private java.util.Optional<Delivery> destination(Alert a) {
        Payload payload = new Payload(a.id, a.intakeId, a.clinicId, a.pathway == null ? "SUICIDE" : a.pathway.name(), a.level.name(), a.raisedAt);
        Clinic clinic = Clinic.findById(a.clinicId);
        if (clinic != null && clinic.webhookUrl != null) {
            return java.util.Optional.of(new Delivery(payload, URI.create(clinic.webhookUrl), clinic.webhookSecret));
        }
        return config.webhookUrl().map(url -> new Delivery(payload, url, config.webhookSecret().orElse(null)));
    }

    /** Null when delivered, else why not (no client text). */
    private String post(Delivery delivery) {
        try {
            String body = json.writeValueAsString(delivery.payload());
            String id = delivery.payload().alertId();
            long timestamp = Instant.now().getEpochSecond();
            HttpRequest.Builder request = HttpRequest.newBuilder(delivery.url()).timeout(config.timeout())
                    .header("Content-Type", "application/json").header("Idempotency-Key", id)
                    .header("webhook-id", id).header("webhook-timestamp", String.valueOf(timestamp))
                    .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
            if (delivery.secret() != null) {
                request.header("webhook-signature", WebhookSignature.of(delivery.secret()).sign(id, timestamp, body));
            }
            HttpResponse<Void> response = http.send(request.build(), HttpResponse.BodyHandlers.discarding());
            return response.statusCode() / 100 == 2 ? null : "HTTP " + response.statusCode();
        } catch (JsonProcessingException e) {
            return "cannot write payload";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "interrupted";
        } catch (Exception e) {
            return e.getClass().getSimpleName();
        }
    }

    private void record(String alertId, String failure) {
        Alert alert = Alert.findById(alertId);
        if (alert == null || alert.deliveredAt != null) {
            return; // erased with its intake, or delivered meanwhile
        }
        alert.attempts++;
        if (failure == null) {
            alert.deliveredAt = Instant.now();
            alert.lastError = null;
            LOG.infof("Alert %s delivered (attempt %d)", alert.id, alert.attempts);
            return;
        }
        alert.lastError = failure;
        alert.nextAttemptAt = Instant.now().plus(delayAfter(alert.attempts));
        if (alert.attempts == LOUD_AFTER_ATTEMPTS) {
            LOG.errorf("Alert %s for intake %s is still undelivered after %d attempts (%s); retrying", alert.id, alert.intakeId,
                    alert.attempts, failure);
        } else {
            LOG.warnf("Alert %s not delivered (attempt %d: %s); retrying", alert.id, alert.attempts, failure);
        }
    }

    Duration delayAfter(int attempts) {
        Duration delay = config.retryDelay();
        for (int i = 1; i < attempts && delay.compareTo(config.maxRetryDelay()) < 0; i++) {
            delay = delay.multipliedBy(2);
        }
        return delay.compareTo(config.maxRetryDelay()) > 0 ? config.maxRetryDelay() : delay;
    }
}
