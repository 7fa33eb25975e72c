package org.mosaicintake.persistence;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.List;

/** One piece of an uploaded plugin jar, in base64 (text, so that H2 and PostgreSQL store it alike). */
@Entity
@Table(name = "plugin_upload_chunk")
public class PluginUploadChunk extends PanacheEntityBase {

    /** Most base64 characters in one piece. */
    public static final int SIZE = 100_000;

    @Embeddable
    public record Key(@Column(name = "plugin_id", length = 64) String pluginId, @Column(name = "seq") int seq) implements Serializable {
    }

    @EmbeddedId
    public Key key;

    @Column(nullable = false, length = SIZE)
    public String data;

    public static List<PluginUploadChunk> of(String pluginId) {
        return list("key.pluginId = ?1 order by key.seq", pluginId);
    }
}
