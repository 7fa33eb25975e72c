package org.mosaicintake.rest;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.mosaicintake.plugins.PluginHost;
import org.mosaicintake.plugins.PluginState;
import org.mosaicintake.plugins.PluginStatus;

@Path("/api/v1/plugins")
@Produces(MediaType.APPLICATION_JSON)
public class PluginResource {

    /** One plugin in the listing. */
    public record PluginView(String id, String version, String modalityId, String modality, int techniqueCount,
                             int intakeStepCount, PluginState state, String reason) {

        static PluginView of(PluginStatus s) {
            return new PluginView(s.id(), s.version().orElse(null),
                    s.catalog().map(c -> c.modality().id()).orElse(null),
                    s.catalog().map(c -> c.modality().displayName()).orElse(null),
                    s.catalog().map(c -> c.techniques().size()).orElse(0),
                    s.catalog().map(c -> c.intakeSteps().size()).orElse(0),
                    s.state(), s.reason().orElse(null));
        }
    }

    private final PluginHost host;

    public PluginResource(PluginHost host) {
        this.host = host;
    }

    @GET
    @Operation(summary = "Every plugin jar found in the plugins directory, with its state and, if it failed, why")
    public List<PluginView> list() {
        return host.plugins().stream().map(PluginView::of).toList();
    }

    @GET
    @Path("/{id}/techniques")
    @Operation(summary = "A started plugin's technique catalog, in catalog order")
    public List<TechniqueView> techniques(@PathParam("id") String id) {
        PluginStatus plugin = host.plugin(id).orElseThrow(() -> new NotFoundException("No plugin '" + id + "'"));
        return plugin.catalog().orElseThrow(() -> new NotFoundException("Plugin '" + id + "' is " + plugin.state()
                        + " and has no catalog: " + plugin.reason().orElse("")))
                .techniques().stream().map(TechniqueView::of).toList();
    }
}
