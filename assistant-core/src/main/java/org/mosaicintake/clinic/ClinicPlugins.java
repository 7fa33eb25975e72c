package org.mosaicintake.clinic;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.mosaicintake.api.ModalityCatalog;
import org.mosaicintake.domain.FieldException;
import org.mosaicintake.persistence.Clinic;
import org.mosaicintake.persistence.ClinicPlugin;
import org.mosaicintake.plugins.PluginHost;
import org.mosaicintake.plugins.PluginState;
import org.mosaicintake.plugins.PluginStatus;
import org.mosaicintake.audit.Audited;

/**
 * The modality plugins a clinic uses: every started plugin unless the clinic switched it off. The
 * intake's steps, the plans and the techniques clinicians can add all come from here, so a plugin
 * switched off for a clinic disappears from all three for that clinic only.
 */
@ApplicationScoped
public class ClinicPlugins {

    private final PluginHost host;
    private final org.mosaicintake.instruments.Bands bands;

    public ClinicPlugins(PluginHost host, org.mosaicintake.instruments.Bands bands) {
        this.bands = bands;
        this.host = host;
    }

    /** Catalogs of the started plugins this clinic uses (all started plugins when there is no clinic), by modality id. */
    @Transactional
    public List<ModalityCatalog> catalogs(String clinicId) {
        Set<String> off = clinicId == null ? Set.of() : ClinicPlugin.disabledFor(clinicId);
        return host.plugins().stream().filter(p -> p.state() == PluginState.STARTED && !off.contains(p.id()))
                .flatMap(p -> p.catalog().stream())
                .sorted(Comparator.comparing(c -> c.modality().id())).toList();
    }

    /**
     * The findings of every started plugin: an intake's answers to a plugin's steps are read by that
     * plugin's findings even when a clinic has switched the plugin off since (answers to steps never
     * asked leave a finding unanswered).
     */
    public org.mosaicintake.findings.PluginFindings findings() {
        return org.mosaicintake.findings.PluginFindings.of(host.catalogs(), bands);
    }

    @Transactional
    public Set<String> disabled(String clinicId) {
        return ClinicPlugin.disabledFor(clinicId);
    }

    /**
     * Switches a plugin on for a clinic (plugins are on unless a clinic switched them off). The plugin
     * providing the clinic's default primary orientation cannot be switched off: change the default first.
     */
    @Transactional
    @Audited(value = "enable_plugin", kind = Audited.Kind.CHANGE)
    public void enable(@Audited.Argument String clinicId, @Audited.Argument String pluginId) {
        set(clinicId, pluginId, true);
    }

    /** Switches a plugin off for a clinic (see {@link #enable}); refused for the plugin of the clinic's default orientation. */
    @Transactional
    @Audited(value = "disable_plugin", kind = Audited.Kind.CHANGE)
    public void disable(@Audited.Argument String clinicId, @Audited.Argument String pluginId) {
        set(clinicId, pluginId, false);
    }

    private void set(String clinicId, String pluginId, boolean enabled) {
        Clinic clinic = Clinics.require(clinicId);
        PluginStatus plugin = host.plugin(pluginId).orElseThrow(() -> new FieldException("pluginId", "no plugin '" + pluginId + "'"));
        if (!enabled && clinic.primaryOrientation != null
                && plugin.catalog().map(c -> c.modality().id().equals(clinic.primaryOrientation)).orElse(false)) {
            throw new FieldException("enabled", "'" + pluginId + "' provides the clinic's default primary orientation; choose another default first");
        }
        ClinicPlugin row = ClinicPlugin.findById(new ClinicPlugin.Key(clinicId, pluginId));
        if (row == null) {
            row = new ClinicPlugin();
            row.key = new ClinicPlugin.Key(clinicId, pluginId);
            row.enabled = enabled;
            row.persist();
        } else {
            row.enabled = enabled;
        }
    }
}
