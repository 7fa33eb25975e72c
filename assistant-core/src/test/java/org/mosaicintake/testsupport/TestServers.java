package org.mosaicintake.testsupport;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.Map;
import org.mosaicintake.alerts.WebhookReceiver;
import org.mosaicintake.llm.FakeOpenAiServer;

/**
 * The outside servers every Quarkus test of the run shares, started once before the service boots
 * (so no test needs a profile of its own for them): a clinic's alert webhook and an
 * OpenAI-compatible language model. The model is switched on for the service, but only a clinic
 * that allows it ({@code clinic.language_model}) ever sends it anything; the demo clinic does not.
 */
@QuarkusTestResource(value = TestServers.class, restrictToAnnotatedClass = false)
public class TestServers implements QuarkusTestResourceLifecycleManager {

    /** The alert webhook: {@code /hooks/mosaic}, signed with {@link #WEBHOOK_SECRET}. */
    public static volatile WebhookReceiver webhook;
    /** The language model. */
    public static volatile FakeOpenAiServer languageModel;

    /** A Standard Webhooks secret (the specification's example). */
    public static final String WEBHOOK_SECRET = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw";

    @Override
    public Map<String, String> start() {
        webhook = new WebhookReceiver(0);
        languageModel = new FakeOpenAiServer(0);
        return Map.of(
                "mosaic.alerts.webhook-url", "http://127.0.0.1:" + webhook.port() + "/hooks/mosaic",
                "mosaic.alerts.webhook-secret", WEBHOOK_SECRET,
                "mosaic.alerts.allow-plain-http", "true", // the receiver listens on 127.0.0.1 without TLS
                "mosaic.llm.enabled", "true",
                "mosaic.llm.base-url", "http://127.0.0.1:" + languageModel.port() + "/v1",
                "mosaic.llm.model", "fake-model",
                "mosaic.llm.timeout", "3s"); // the slow-server test waits 4 s; a first call on a busy CI machine can take over 1 s
    }

    @Override
    public void stop() {
        webhook.close();
        languageModel.close();
    }
}
