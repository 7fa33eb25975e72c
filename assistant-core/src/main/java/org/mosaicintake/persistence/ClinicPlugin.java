package org.mosaicintake.persistence;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.Set;
import java.util.stream.Collectors;

/** Whether a clinic uses a modality plugin. No row means it does: installed plugins are on for every clinic. */
@Entity
@Table(name = "clinic_plugin")
public class ClinicPlugin extends PanacheEntityBase {

    /** Clinic and plugin. */
    @Embeddable
    public record Key(@Column(name = "clinic_id", length = 64) String clinicId,
                      @Column(name = "plugin_id", length = 64) String pluginId) implements Serializable {
    }

    @EmbeddedId
    public Key key;

    @Column(nullable = false)
    public boolean enabled;

    /** Ids of the plugins this clinic switched off. */
    public static Set<String> disabledFor(String clinicId) {
        return ClinicPlugin.<ClinicPlugin>list("key.clinicId = ?1 and enabled = false", clinicId).stream()
                .map(p -> p.key.pluginId()).collect(Collectors.toUnmodifiableSet());
    }
}
