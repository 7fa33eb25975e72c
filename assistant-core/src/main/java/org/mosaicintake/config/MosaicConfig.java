package org.mosaicintake.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Mosaic's own configuration, under the prefix {@code mosaic}.
 */
@ConfigMapping(prefix = "mosaic")
public interface MosaicConfig {

    /** Modality plugins. */
    Plugins plugins();

    /** The client intake. */
    Intake intake();

    /** The demo clinic and the demo page. */
    Demo demo();

    /** The audit trail's key. */
    Audit audit();

    /** Encryption of the client's words at rest. */
    Crypto crypto();

    /**
     * Encryption at rest (architecture, "Keys and the demo"): each intake's words and answers are
     * sealed with AES-GCM under the intake's own data key, and each data key is wrapped by the
     * master key. See docs/operations.md for rotation.
     */
    interface Crypto {
        /**
         * The master key: 32 random bytes in base64 (environment {@code MOSAIC_CRYPTO_MASTER_KEY};
         * {@code openssl rand -base64 32}); required on PostgreSQL.
         */
        java.util.Optional<String> masterKey();

        /** With the embedded H2 database and no master key: where one is generated at first start (owner-only) and kept. */
        @WithDefault("data/master.key")
        Path keyFile();

        /**
         * Master keys being rotated out: data keys still wrapped by one of them are re-wrapped by the
         * master key at start-up; once that has run, they can be removed.
         */
        java.util.Optional<java.util.List<String>> retiredMasterKeys();
    }

    /**
     * The key of the audit trail's hash chain (an HMAC-SHA256 key kept outside the database, so that
     * someone who can write the database cannot rewrite a record and recompute the chain).
     */
    interface Audit {
        /** The key, at least 32 characters (environment {@code MOSAIC_AUDIT_KEY}); required on PostgreSQL. */
        java.util.Optional<String> key();

        /** With the embedded H2 database and no key: where one is generated at first start (owner-only) and kept. */
        @WithDefault("data/audit.key")
        Path keyFile();
    }

    /**
     * The demo (architecture, "Keys and the demo"): on by default so the README's run command shows
     * a working chat; production switches it off with {@code mosaic.demo.enabled=false}, and then
     * {@code /demo} answers 404 and the demo clinic takes no new clients (its public settings and
     * widget answer 404, an intake start a 400 naming the clinic; intakes already begun and everything
     * staff see stay).
     */
    interface Demo {
        @io.smallrye.config.WithDefault("true")
        boolean enabled();
    }

    /** The optional language model (an OpenAI-compatible server). Off by default: everything works without it. */
    Llm llm();

    /**
     * The model's settings. Their defaults live in {@code application.properties}, which also hands them
     * to quarkus-langchain4j's OpenAI client: one place for both.
     */
    interface Llm {
        /** Whether the model is used at all; each clinic must also say so in its consent text (clinic setting). */
        boolean enabled();

        /** e.g. {@code http://127.0.0.1:8000/v1} for a local vLLM or llama.cpp server. */
        String baseUrl();

        /** The model's name on the server; generated narratives are marked with it. */
        String model();

        /** Not needed for a local server. */
        java.util.Optional<String> apiKey();

        /** Longest wait for one answer; past it the deterministic text is used. */
        java.time.Duration timeout();
    }

    /** Staff accounts. */
    Admin admin();

    interface Admin {
        /** Password of the first account (a superadmin), created at first start; without it a random one is printed once. */
        java.util.Optional<String> initialPassword();

        /** User name of the first account, created at first start (a superadmin). */
        @io.smallrye.config.WithDefault("admin")
        String initialUsername();
    }

    /** The clinician console's sign-in and sessions. */
    Console console();

    interface Console {
        /** Failed sign-ins in a row (form or HTTP Basic) after which the account is locked. */
        @WithDefault("5")
        int maxFailedLogins();

        /** How long a locked account refuses every password; an admin can unlock it sooner. */
        @WithDefault("PT15M")
        java.time.Duration lockout();

        /** A console session ends after this long without a request. */
        @WithDefault("PT15M")
        java.time.Duration idleTimeout();

        /** A console session ends this long after sign-in, however active. */
        @WithDefault("PT12H")
        java.time.Duration sessionLifetime();

        /**
         * Whether the session cookie is marked {@code Secure} (sent over HTTPS only; browsers also accept it
         * on http://localhost). Switch off only for a console served over plain HTTP on a trusted network.
         */
        @WithDefault("true")
        boolean secureCookie();

        /** Largest plugin jar an admin can upload. */
        @WithDefault("20M")
        io.quarkus.runtime.configuration.MemorySize maxPluginSize();
    }

    /** Clinician alerts (escalated and urgent intakes). */
    Alerts alerts();

    /**
     * Rate limits against flooding: beyond them a 429 with {@code Retry-After}. Setting one very high
     * switches it off in effect. The client address honours {@code quarkus.http.proxy.*}.
     */
    Limits limits();

    interface Limits {
        /** New intakes per client address per minute. */
        @WithDefault("10")
        int intakeStartsPerMinute();

        /** New intakes per clinic per minute, from every address together. */
        @WithDefault("300")
        int intakeStartsPerMinutePerClinic();

        /** Turns per minute, per intake and, separately, per client address. */
        @WithDefault("60")
        int turnsPerMinute();

        /** Failed staff sign-ins (console and HTTP Basic) per client address per minute; past it every sign-in waits. */
        @WithDefault("10")
        int signInsPerMinute();

        /**
         * Alerts from intakes started from one client address within {@link #escalationBurstWindow()}
         * from which staff are told the escalations may not be genuine (a flood).
         */
        @WithDefault("3")
        int escalationBurst();

        @WithDefault("PT10M")
        java.time.Duration escalationBurstWindow();

        /** Largest body the anonymous JSON API takes; larger ones get a 413. */
        @WithDefault("64K")
        io.quarkus.runtime.configuration.MemorySize anonymousBody();
    }

    interface Alerts {
        /**
         * Where alerts of clinics without a webhook of their own are POSTed as JSON (https unless
         * {@link #allowPlainHttp()}). Without it (and without a clinic's) they wait in the outbox; the
         * intake is still pinned for clinicians.
         */
        java.util.Optional<java.net.URI> webhookUrl();

        /**
         * The Standard Webhooks secret for {@link #webhookUrl()} ({@code whsec_} and base64, or any
         * text of at least 24 characters): each delivery carries {@code webhook-id},
         * {@code webhook-timestamp} and {@code webhook-signature}.
         */
        java.util.Optional<String> webhookSecret();

        /** Allows webhooks over plain http (a receiver on the same host or a private network); off by default. */
        @WithDefault("false")
        boolean allowPlainHttp();

        /** How often the outbox is checked for alerts due; also the delay before the first attempt. */
        @WithDefault("5s")
        String pollInterval();

        /** Wait after the first failed delivery; doubled after each further failure up to {@link #maxRetryDelay()}. */
        @WithDefault("PT5S")
        java.time.Duration retryDelay();

        @WithDefault("PT10M")
        java.time.Duration maxRetryDelay();

        /** Longest wait for the webhook to answer one delivery. */
        @WithDefault("PT10S")
        java.time.Duration timeout();
    }

    /** Risk detection. */
    Risk risk();

    interface Risk {
        /**
         * Longest wait for the embedding model's reading of a free-text answer, including a model
         * still loading just after start-up. Past it the answer counts as flagged (fail closed).
         */
        @WithDefault("PT2S")
        java.time.Duration timeout();
    }

    interface Intake {
        /** A client's token stops working after this long without a turn. */
        @WithDefault("PT2H")
        java.time.Duration tokenIdleTimeout();

        /** Most answers (turns, going back included) one intake takes; a whole intake needs fewer than 150. */
        @WithDefault("400")
        int maxTurns();

        /** Most characters of one intake's stored state (its answers and words) before it takes no more answers. */
        @WithDefault("400000")
        int maxStoredChars();

        /**
         * An intake left unfinished this long (no answer since) is erased like a withdrawal; one pinned
         * for clinicians (escalated, urgent or at moderate risk or above) is kept for them.
         */
        @WithDefault("P30D")
        java.time.Duration abandonedAfter();

        /** A client's token stops working this long after the intake started, whatever happened since. */
        @WithDefault("PT24H")
        java.time.Duration tokenLifetime();

        /** Longest free-text answer accepted, in characters. */
        @WithDefault("4000")
        int maxTextLength();

        /** PC-PTSD-5 total from which the screen is positive (3 by default; some services use 4). */
        @WithDefault("3")
        int ptsdCutoff();

        /** AUDIT-C total from which the screen is positive (3 by default: sex is not asked; for a client who describes himself as a man, 4 or this value if higher). */
        @WithDefault("3")
        int auditcCutoff();
    }

    interface Plugins {
        /**
         * Directory the plugin jars are loaded from at start-up. Relative paths are resolved against
         * the working directory; the default is {@code plugins} beside it, where the build places
         * the five bundled plugins.
         */
        @WithDefault("plugins")
        Path dir();

        /**
         * Key store (PKCS12 or JKS) of the certificates an uploaded plugin jar may be signed by
         * ({@code jarsigner}), directly or through the chain in the jar. Unset: only jars whose SHA-256
         * a superadmin allow-listed can be uploaded. Jars placed in {@link #dir()} are trusted as placed.
         */
        Optional<Path> trustStore();

        /** Password of {@link #trustStore()}, when it has one. */
        Optional<String> trustStorePassword();
    }
}
