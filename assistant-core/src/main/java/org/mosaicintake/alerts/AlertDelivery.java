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
import java.security.GeneralSecurityException;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.jboss.logging.Logger;
import org.mosaicintake.config.MosaicConfig;
import org.mosaicintake.persistence.Alert;

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
        if (config.webhookUrl().isEmpty()) {
            LOG.warn("No alert webhook is configured (mosaic.alerts.webhook-url): alerts wait in the outbox; "
                    + "escalated and urgent intakes are still pinned for clinicians");
        }
    }

    /** The payload of one alert: what a receiver gets, and all it gets. */
    record Payload(String alertId, String intakeId, String clinicId, String pathway, String level, Instant raisedAt) {
    }

    @Scheduled(every = "${mosaic.alerts.poll-interval}", delayed = "${mosaic.alerts.poll-interval}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void deliverDue() {
        if (config.webhookUrl().isEmpty()) {
            return;
        }
        // claim before delivering: with several instances on one database, each alert goes out once
        Instant claimUntil = Instant.now().plus(config.timeout().multipliedBy(2));
        List<Payload> due = QuarkusTransaction.requiringNew().call(() -> Alert.due(Instant.now(), BATCH).stream()
                .filter(a -> Alert.claim(a.id, a.nextAttemptAt, claimUntil))
                .map(a -> new Payload(a.id, a.intakeId, a.clinicId, a.pathway == null ? "SUICIDE" : a.pathway.name(), a.level.name(), a.raisedAt)).toList());
        for (Payload alert : due) {
            String failure = post(config.webhookUrl().get(), alert);
            QuarkusTransaction.requiringNew().run(() -> record(alert.alertId(), failure));
        }
    }

    /** Null when delivered, else why not (no client text). */
    private String post(URI url, Payload alert) {
        try {
            String body = json.writeValueAsString(alert);
            HttpRequest.Builder request = HttpRequest.newBuilder(url).timeout(config.timeout())
                    .header("Content-Type", "application/json").header("Idempotency-Key", alert.alertId())
                    .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
            config.webhookSecret().ifPresent(secret -> request.header("X-Mosaic-Signature", "sha256=" + hmac(secret, body)));
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

    static String hmac(String secret, String body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(body.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is not available", e);
        }
    }
}
