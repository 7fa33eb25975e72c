package org.mosaicintake.review;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import org.mosaicintake.engine.IntegrationEngine;
import org.mosaicintake.engine.Plan;
import org.mosaicintake.formulation.Formulation;
import org.mosaicintake.persistence.Clinic;
import org.mosaicintake.clinic.ClinicPlugins;
import org.mosaicintake.instruments.Bands;
import org.mosaicintake.clinic.Clinics;

/**
 * Runs the integration engine with what it needs from around it: the catalogs of the plugins the clinic uses and
 * the clinic's default orientation and session budget. The engine itself stays free of the database and the plugin host.
 */
@ApplicationScoped
public class PlanningService {

    private final IntegrationEngine engine;
    private final ClinicPlugins plugins;

    public PlanningService(ClinicPlugins plugins, Bands bands) {
        this.plugins = plugins;
        this.engine = new IntegrationEngine(bands);
    }

    public Plan plan(Formulation formulation) {
        Optional<String> clinicDefault = Optional.empty();
        int budget = Plan.DEFAULT_SESSION_BUDGET;
        if (formulation.clinicId().isPresent()) {
            Clinic clinic = Clinics.require(formulation.clinicId().get());
            clinicDefault = Optional.ofNullable(clinic.primaryOrientation);
            budget = clinic.sessionBudget;
        }
        return engine.plan(formulation, plugins.catalogs(formulation.clinicId().orElse(null)), clinicDefault, budget);
    }
}
