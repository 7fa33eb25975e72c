package org.mosaicintake.persistence;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/** A clinic that embeds Mosaic: its name, locale, default primary orientation and crisis resources. */
@Entity
@Table(name = "clinic")
public class Clinic extends PanacheEntityBase {

    @Id
    @Column(length = 64)
    public String id;

    @Column(nullable = false, length = 200)
    public String name;

    /** Modality id used as the primary orientation of plans when a request names none. */
    @Column(name = "primary_orientation", length = 64)
    public String primaryOrientation;

    @Column(nullable = false, length = 16)
    public String locale;

    /** ISO 3166 code of the country the clinic works in: its crisis lines are chosen by it. */
    @Column(length = 2)
    public String country;

    /**
     * The clinic's own crisis resources as JSON, by locale:
     * {@code {"en": {"resources": [{"name", "phone", "text", "url", "hours"}], "emergency", "helpLine"}}}.
     * A locale without an entry gets the defaults for that locale.
     */
    @Column(name = "crisis_resources", length = 100000)
    public String crisisResources;

    /** Origins allowed to embed the chat, space-separated; Mosaic's own origin is always allowed. */
    @Column(name = "allowed_origins", length = 2000)
    public String allowedOrigins;

    /** Accent colour of the widget, {@code #rrggbb}. */
    @Column(name = "accent_colour", length = 7)
    public String accentColour;

    /** Text of the widget's launcher button. */
    @Column(name = "launcher_text", length = 60)
    public String launcherText;

    /** Whether the service's language model may read clients' words here (said in the consent text). */
    @Column(name = "language_model", nullable = false)
    public boolean languageModel;

    /**
     * Sessions a proposed plan's course may take (clinical reference, section 12); a plan that needs more
     * says why in a warning. Default 20: the top of NHS Talking Therapies' high-intensity range.
     */
    @Column(name = "session_budget", nullable = false)
    public int sessionBudget = 20;

    /** Where this clinic's alerts are POSTed (https unless allowed otherwise), or null for the service's own webhook. */
    @Column(name = "webhook_url", length = 500)
    public String webhookUrl;

    /** The Standard Webhooks secret ({@code whsec_} and base64) the clinic verifies its alerts with; never shown again. */
    @Column(name = "webhook_secret", length = 200)
    public String webhookSecret;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Version
    public long version;
}
