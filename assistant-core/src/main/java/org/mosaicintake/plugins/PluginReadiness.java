package org.mosaicintake.plugins;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * Readiness ({@code /q/health/ready}) says DOWN when no modality plugin is running: such an
 * instance could take intakes but propose no plan. The database has its own readiness check
 * (Quarkus's datasource check), and the embedding model its own ({@code EmbeddingReadiness}).
 */
@Readiness
@ApplicationScoped
public class PluginReadiness implements HealthCheck {

    private final PluginHost host;

    public PluginReadiness(PluginHost host) {
        this.host = host;
    }

    @Override
    public HealthCheckResponse call() {
        long started = host.plugins().stream().filter(p -> p.state() == PluginState.STARTED).count();
        return HealthCheckResponse.named("modality-plugins").status(started > 0).withData("started", started).build();
    }
}
