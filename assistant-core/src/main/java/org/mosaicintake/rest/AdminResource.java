package org.mosaicintake.rest;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import io.vertx.core.http.HttpServerRequest;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.mosaicintake.audit.AuditTrail;
import org.mosaicintake.clinic.ClinicSettings;
import org.mosaicintake.domain.FieldException;
import org.mosaicintake.persistence.StaffAccount;
import org.mosaicintake.plugins.PluginTrust;
import org.mosaicintake.plugins.PluginUploads;
import org.mosaicintake.plugins.PluginState;
import org.mosaicintake.plugins.PluginStatus;
import org.mosaicintake.staff.AdminScope;
import org.mosaicintake.staff.StaffAccounts;
import org.mosaicintake.web.WebRequests;

/**
 * The admin API (architecture, "Admin API"): HTTP Basic, JSON bodies only. A clinic's admin reaches
 * its own clinic only; a superadmin every clinic, the creation of clinics and accounts without a
 * clinic, and plugin uploads. Outside one's scope: 403, saying why.
 */
@Path("/api/v1/admin")
@RolesAllowed("admin")
public class AdminResource {

    /** A new clinic: its id and name, and optionally its country (crisis lines are chosen by it). */
    public record NewClinic(String id, String name, String country) {
    }

    /** A new account: its roles (the highest of them counts) and clinic. */
    public record NewAccount(String username, String password, List<String> roles, String clinicId) {
    }

    /** An account as the API shows it: never its password. */
    public record AccountView(String username, List<String> roles, String clinicId) {
        static AccountView of(StaffAccount a) {
            return new AccountView(a.username, a.roleSet().stream().sorted().toList(), a.clinicId);
        }
    }

    /** A plugin after an upload. */
    public record PluginView(String id, String version, String state) {
    }

    /** A jar's SHA-256 to allow-list before its upload, and what it is. */
    public record Allowance(String sha256, String note) {
    }

    /** An allow-listed jar as the API shows it. */
    public record AllowanceView(String sha256, String note, String addedBy, java.time.Instant addedAt) {
        static AllowanceView of(org.mosaicintake.persistence.PluginAllowance a) {
            return new AllowanceView(a.sha256, a.note, a.addedBy, a.addedAt);
        }
    }

    private final ClinicSettings settings;
    private final StaffAccounts accounts;
    private final SecurityIdentity identity;
    private final PluginUploads uploads;
    private final PluginTrust trust;
    private final AuditTrail audit;

    public AdminResource(ClinicSettings settings, StaffAccounts accounts, SecurityIdentity identity, PluginUploads uploads, PluginTrust trust,
                         AuditTrail audit) {
        this.settings = settings;
        this.accounts = accounts;
        this.identity = identity;
        this.uploads = uploads;
        this.trust = trust;
        this.audit = audit;
    }

    private AdminScope scope() {
        return accounts.scopeOf(identity.getPrincipal().getName());
    }

    @POST
    @Path("/clinics")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Adds a clinic (superadmin): its id and name, optionally its country")
    public Response createClinic(@NotNull(message = "the clinic is required") NewClinic clinic) {
        scope().requireSuperadmin("create a clinic");
        return Response.status(201).entity(ClinicSettings.ClinicView.of(settings.create(clinic.id(), clinic.name(), clinic.country()))).build();
    }

    @GET
    @Path("/clinics/{id}")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "A clinic's settings, as its administrators see them (session budget included)")
    public ClinicSettings.ClinicView clinic(@PathParam("id") String id) {
        scope().requireClinic(id);
        return settings.find(id).map(ClinicSettings.ClinicView::of).orElseThrow(() -> new NotFoundException("No clinic '" + id + "'"));
    }

    @PUT
    @Path("/clinics/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Replaces a clinic's settings, all or nothing (superadmin, or that clinic's admin); a blank optional field means the default (sessionBudget: 20)")
    public ClinicSettings.ClinicView update(@PathParam("id") String id, @NotNull(message = "the clinic's settings are required")
                                           ClinicSettingsRequest change) {
        scope().requireClinic(id);
        org.mosaicintake.persistence.Clinic clinic = settings.find(id).orElseThrow(() -> new NotFoundException("No clinic '" + id + "'"));
        return ClinicSettings.ClinicView.of(settings.update(id, change.toChange(clinic)));
    }

    /** The body of {@code PUT /api/v1/admin/clinics/{id}/webhook}; without a secret, one is generated and returned once. */
    public record WebhookRequest(String url, String secret) {
    }

    @PUT
    @Path("/clinics/{id}/webhook")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Sets where the clinic's alerts are POSTed (https), signed the Standard Webhooks way with the clinic's own "
            + "secret; a generated secret is in this answer only (superadmin, or that clinic's admin)")
    public ClinicSettings.WebhookView setWebhook(@PathParam("id") String id, @NotNull(message = "the webhook is required") WebhookRequest webhook) {
        scope().requireClinic(id);
        return settings.setWebhook(id, webhook.url(), webhook.secret());
    }

    @jakarta.ws.rs.DELETE
    @Path("/clinics/{id}/webhook")
    @Operation(summary = "The clinic's alerts go to the service-wide webhook again (superadmin, or that clinic's admin)")
    public Response removeWebhook(@PathParam("id") String id) {
        scope().requireClinic(id);
        settings.removeWebhook(id);
        return Response.noContent().build();
    }

    @POST
    @Path("/accounts")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Adds a staff account: a superadmin any, a clinic admin only accounts of its own clinic")
    public Response createAccount(@NotNull(message = "the account is required") NewAccount account) {
        List<String> roles = account.roles() == null ? List.of() : account.roles();
        String role = roles.contains(StaffAccount.SUPERADMIN) ? StaffAccount.SUPERADMIN
                : roles.contains(StaffAccount.ADMIN) ? StaffAccount.ADMIN
                : roles.contains(StaffAccount.CLINICIAN) ? StaffAccount.CLINICIAN
                : roles.isEmpty() ? null : roles.get(0);
        if (role == null) {
            throw new FieldException("roles", "must name one of 'clinician', 'admin' or 'superadmin'");
        }
        StaffAccount created = accounts.create(scope(), account.username(), account.password(), role, account.clinicId());
        return Response.status(201).entity(AccountView.of(created)).build();
    }

    @POST
    @Path("/plugins")
    @Consumes("application/java-archive")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Installs a plugin jar (superadmin): 201 when it started; 400 invalid, 403 not signed by a trusted certificate"
            + " nor allow-listed, 409 replacing an operator-placed plugin or a downgrade without force=true")
    public Response upload(InputStream jar, @QueryParam("force") boolean force, @Context HttpServerRequest request) throws IOException {
        scope().requireSuperadmin("upload a plugin");
        java.nio.file.Path file = Files.createTempFile("mosaic-upload", ".jar");
        try {
            try (InputStream in = jar == null ? InputStream.nullInputStream() : jar) {
                Files.copy(in, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            }
            PluginStatus status = uploads.install(file, force, identity.getPrincipal().getName(), WebRequests.remote(request));
            if (status.state() != PluginState.STARTED) {
                throw new FieldException("jar", "plugin '" + status.id() + "' did not start: " + status.reason().orElse("unknown reason"));
            }
            return Response.status(201).entity(new PluginView(status.id(), status.version().orElse(null), status.state().name())).build();
        } finally {
            Files.deleteIfExists(file);
        }
    }

    @POST
    @Path("/plugins/allowed")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Allow-lists a plugin jar by its SHA-256 (superadmin), so that it can be uploaded without a trusted signature")
    public Response allow(@NotNull(message = "the allowance is required") Allowance allowance, @Context HttpServerRequest request) {
        scope().requireSuperadmin("allow-list a plugin");
        String sha = allowance.sha256() == null ? "" : allowance.sha256().trim().toLowerCase(java.util.Locale.ROOT);
        if (!sha.matches("[0-9a-f]{64}")) {
            throw new FieldException("sha256", "must be the jar's SHA-256 as 64 hexadecimal digits (sha256sum plugin.jar)");
        }
        if (allowance.note() != null && allowance.note().length() > 200) {
            throw new FieldException("note", "must be at most 200 characters");
        }
        org.mosaicintake.persistence.PluginAllowance allowed = trust.allow(sha, identity.getPrincipal().getName(), allowance.note());
        audit.record(new AuditTrail.Entry(identity.getPrincipal().getName(), "allow_plugin", null, "sha256:" + sha, WebRequests.remote(request)));
        return Response.status(201).entity(AllowanceView.of(allowed)).build();
    }

    @GET
    @Path("/plugins/allowed")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "The allow-listed plugin jars (superadmin)")
    public List<AllowanceView> allowed() {
        scope().requireSuperadmin("see the plugin allow-list");
        return trust.allowed().stream().map(AllowanceView::of).toList();
    }

    @DELETE
    @Path("/plugins/allowed/{sha256}")
    @Operation(summary = "Removes a jar from the allow-list (superadmin); what is installed stays installed")
    public Response disallow(@PathParam("sha256") String sha256, @Context HttpServerRequest request) {
        scope().requireSuperadmin("change the plugin allow-list");
        String sha = sha256.toLowerCase(java.util.Locale.ROOT);
        if (!trust.disallow(sha)) {
            throw new NotFoundException("no allow-listed jar has that SHA-256");
        }
        audit.record(new AuditTrail.Entry(identity.getPrincipal().getName(), "disallow_plugin", null, "sha256:" + sha, WebRequests.remote(request)));
        return Response.noContent().build();
    }

    @GET
    @Path("/audit/verify")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Recomputes the audit trail's hash chain (superadmin): intact, or the first record that was changed, inserted or removed")
    public AuditTrail.Verification verify() {
        scope().requireSuperadmin("check the audit trail");
        return audit.verify();
    }
}
