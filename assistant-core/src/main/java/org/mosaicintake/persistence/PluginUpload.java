package org.mosaicintake.persistence;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A plugin jar an admin uploaded, by plugin id: the latest upload of each plugin, for every instance to install. */
@Entity
@Table(name = "plugin_upload")
public class PluginUpload extends PanacheEntityBase {

    @Id
    @Column(name = "plugin_id", length = 64)
    public String pluginId;

    @Column(nullable = false, length = 40)
    public String version;

    /** SHA-256 of the jar, hex: how an instance knows whether it has this very jar. */
    @Column(nullable = false, length = 64)
    public String sha256;

    @Column(name = "uploaded_at", nullable = false)
    public Instant uploadedAt;
}
