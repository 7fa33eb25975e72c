package org.mosaicintake.console;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.identity.SecurityIdentity;
import io.vertx.core.http.HttpServerRequest;
import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Set;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;
import org.mosaicintake.web.WebRequests;
import org.mosaicintake.api.Modality;
import org.mosaicintake.api.ModalityCatalog;
import org.mosaicintake.config.MosaicConfig;
import org.mosaicintake.domain.FieldException;
import org.mosaicintake.plugins.PluginHost;
import org.mosaicintake.plugins.PluginState;
import org.mosaicintake.plugins.PluginStatus;
import org.mosaicintake.plugins.PluginRefusedException;
import org.mosaicintake.staff.StaffSignIn;
import org.mosaicintake.audit.AuditTrail;
import org.mosaicintake.clinic.ClinicPlugins;
import org.mosaicintake.clinic.ClinicSettings;
import org.mosaicintake.staff.StaffAccounts;
import org.mosaicintake.staff.AdminScope;
import org.mosaicintake.staff.NotPermittedException;

/**
 * The console's administration (role {@code admin}): clinic settings, modality plugins per clinic and
 * uploads loaded without a restart, staff accounts, and the audit trail's verification. Changes are
 * audited.
 */
@Path("/console/admin")
@RolesAllowed("admin")
@Produces(MediaType.TEXT_HTML)
public class ConsoleAdminResource {

    /** One plugin as the admin page lists it, with whether the chosen clinic uses it. */
    public record PluginRow(String id, String version, String modality, int techniques, PluginState state, String reason, boolean enabled) {
    }

    /** One account as listed: never the password hash. */
    public record AccountRow(String username, String roles, String clinicId, boolean locked) {
    }

    @CheckedTemplate(basePath = "console/admin")
    static class Templates {
        static native TemplateInstance clinic(ConsoleResource.Chrome chrome, List<ClinicSettings.ClinicView> clinics, ClinicSettings.ClinicView clinic, List<Modality> modalities,
                                              String crisisResources, String error, String notice);

        static native TemplateInstance plugins(ConsoleResource.Chrome chrome, List<ClinicSettings.ClinicView> clinics, ClinicSettings.ClinicView clinic, List<PluginRow> plugins,
                                               boolean superadmin, String error, String notice);

        static native TemplateInstance accounts(ConsoleResource.Chrome chrome, List<AccountRow> accounts, List<ClinicSettings.ClinicView> clinics,
                                                boolean superadmin, String error, String notice);

        static native TemplateInstance audit(ConsoleResource.Chrome chrome, AuditTrail.Verification result);
    }

    private final SecurityIdentity identity;
    private final ClinicSettings settings;
    private final ClinicPlugins clinicPlugins;
    private final PluginHost host;
    private final StaffAccounts accounts;
    private final StaffSignIn signIn;
    private final AuditTrail audit;
    private final MosaicConfig config;

    private final org.mosaicintake.plugins.PluginUploads uploads;

    public ConsoleAdminResource(SecurityIdentity identity, ClinicSettings settings, ClinicPlugins clinicPlugins, PluginHost host,
                                StaffAccounts accounts, StaffSignIn signIn, AuditTrail audit, MosaicConfig config,
                                org.mosaicintake.plugins.PluginUploads uploads) {
        this.uploads = uploads;
        this.identity = identity;
        this.settings = settings;
        this.clinicPlugins = clinicPlugins;
        this.host = host;
        this.accounts = accounts;
        this.signIn = signIn;
        this.audit = audit;
        this.config = config;
    }

    // ---- clinic settings ----------------------------------------------------------------------

    @GET
    @Path("/clinics")
    @Transactional
    public TemplateInstance clinic(@QueryParam("clinic") String clinicId, @QueryParam("saved") String saved) {
        return clinicPage(clinicId, null, null, saved == null ? null : ConsoleTexts.text("clinic.saved"));
    }

    @POST
    @Path("/clinics/{id}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response saveClinic(@PathParam("id") String id, @FormParam("csrf") String csrf, @FormParam("name") String name, @FormParam("country") String country,
                               @FormParam("primaryOrientation") String orientation, @FormParam("crisisResources") String crisis,
                               @FormParam("allowedOrigins") String origins, @FormParam("accentColour") String colour,
                               @FormParam("launcherText") String launcher, @FormParam("languageModel") String languageModel,
                               @FormParam("sessionBudget") String sessionBudget, @Context HttpServerRequest request) {
        ConsoleForms.check(identity, csrf, request);
        if (!scope().administers(id)) {
            return forbidden(request, "clinic " + id, clinicPage(null, null, null, null), "clinic");
        }
        try {
            settings.update(id, new ClinicSettings.Change(name, country, orientation, crisis, origins, colour, launcher, "on".equals(languageModel),
                    sessions(sessionBudget)));
        } catch (FieldException e) {
            return ConsoleResource.invalid(clinicPage(id, crisis, e.field() + ": " + e.getMessage(), null));
        }
        return ConsoleResource.see("/console/admin/clinics?clinic=" + id + "&saved=1");
    }

    /** The session budget as typed; blank is the default, anything else not a number is named. */
    private static Integer sessions(String typed) {
        if (typed == null || typed.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(typed.strip());
        } catch (NumberFormatException e) {
            throw new FieldException("sessionBudget", "must be a number of sessions between 1 and " + ClinicSettings.Change.MAX_SESSION_BUDGET);
        }
    }

    @Transactional
    TemplateInstance clinicPage(String clinicId, String crisisDraft, String error, String notice) {
        List<ClinicSettings.ClinicView> clinics = clinics();
        ClinicSettings.ClinicView clinic = pick(clinics, clinicId);
        List<Modality> modalities = clinic == null ? List.of()
                : clinicPlugins.catalogs(clinic.id()).stream().map(ModalityCatalog::modality).toList();
        String crisis = crisisDraft != null ? crisisDraft : clinic == null || clinic.crisisResources() == null ? "" : clinic.crisisResources();
        return Templates.clinic(chrome(), clinics, clinic, modalities, crisis, error, notice);
    }

    // ---- plugins --------------------------------------------------------------------------------

    @GET
    @Path("/plugins")
    public TemplateInstance plugins(@QueryParam("clinic") String clinicId) {
        return pluginsPage(clinicId, null, null);
    }

    @POST
    @Path("/plugins/clinic")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response switchPlugin(@FormParam("csrf") String csrf, @FormParam("clinicId") String clinicId,
                                 @FormParam("pluginId") String pluginId, @FormParam("enabled") String enabled,
                                 @Context HttpServerRequest request) {
        ConsoleForms.check(identity, csrf, request);
        if (clinicId == null || clinicId.isBlank() || pluginId == null || pluginId.isBlank()) {
            return ConsoleResource.invalid(pluginsPage(null, (clinicId == null || clinicId.isBlank() ? "clinicId" : "pluginId") + ": "
                    + ConsoleTexts.text("form.required"), null));
        }
        if (!scope().administers(clinicId)) {
            return forbidden(request, "clinic " + clinicId, pluginsPage(null, null, null), "clinicId");
        }
        try {
            if ("true".equals(enabled)) {
                clinicPlugins.enable(clinicId, pluginId);
            } else {
                clinicPlugins.disable(clinicId, pluginId);
            }
        } catch (FieldException e) {
            return ConsoleResource.invalid(pluginsPage(clinicId, e.field() + ": " + e.getMessage(), null));
        }
        return ConsoleResource.see("/console/admin/plugins?clinic=" + clinicId);
    }

    @POST
    @Path("/plugins/upload")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public Response upload(@RestForm("csrf") String csrf, @RestForm("jar") FileUpload jar, @RestForm("clinic") String clinicId,
                           @RestForm("force") String force, @Context HttpServerRequest request) {
        ConsoleForms.check(identity, csrf, request);
        if (!scope().superadmin()) {
            return forbidden(request, "upload a plugin", pluginsPage(clinicId, null, null), "jar");
        }
        if (jar == null || jar.uploadedFile() == null) {
            return ConsoleResource.invalid(pluginsPage(clinicId, ConsoleTexts.text("plugins.chooseJar"), null));
        }
        try {
            PluginStatus status = uploads.install(jar.uploadedFile(), "true".equals(force) || "on".equals(force), user(),
                    WebRequests.remote(request));
            if (status.state() != PluginState.STARTED) {
                return ConsoleResource.invalid(pluginsPage(clinicId,
                        ConsoleTexts.text("plugins.notStarted", status.id(), status.reason().orElse("")), null));
            }
            return Response.ok(pluginsPage(clinicId, null, ConsoleTexts.text("plugins.installed", status.id(), status.version().orElse(""),
                    status.catalog().map(c -> c.techniques().size()).orElse(0)))).build();
        } catch (PluginRefusedException e) {
            return Response.status(e.status()).type(MediaType.TEXT_HTML).entity(pluginsPage(clinicId, e.field() + ": " + e.getMessage(), null))
                    .build();
        }
    }

    @Transactional
    TemplateInstance pluginsPage(String clinicId, String error, String notice) {
        List<ClinicSettings.ClinicView> clinics = clinics();
        ClinicSettings.ClinicView clinic = pick(clinics, clinicId);
        Set<String> off = clinic == null ? Set.of() : clinicPlugins.disabled(clinic.id());
        List<PluginRow> rows = host.plugins().stream().map(p -> new PluginRow(p.id(), p.version().orElse("-"),
                p.catalog().map(c -> c.modality().displayName()).orElse("-"), p.catalog().map(c -> c.techniques().size()).orElse(0),
                p.state(), p.reason().orElse(null), !off.contains(p.id()))).toList();
        return Templates.plugins(chrome(), clinics, clinic, rows, scope().superadmin(), error, notice);
    }

    // ---- accounts -------------------------------------------------------------------------------

    @GET
    @Path("/accounts")
    public TemplateInstance accounts() {
        return accountsPage(null, null);
    }

    @POST
    @Path("/accounts")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response createAccount(@FormParam("csrf") String csrf, @FormParam("username") String username,
                                  @FormParam("password") String password, @FormParam("role") String role,
                                  @FormParam("clinicId") String clinicId, @Context HttpServerRequest request) {
        ConsoleForms.check(identity, csrf, request);
        try {
            accounts.create(scope(), username, password, role, clinicId);
        } catch (FieldException e) {
            return ConsoleResource.invalid(accountsPage(e.field() + ": " + e.getMessage(), null));
        } catch (NotPermittedException e) {
            denied(request, e.target());
            return Response.status(403).type(MediaType.TEXT_HTML).entity(accountsPage(e.getMessage(), null)).build();
        }
        return Response.ok(accountsPage(null, ConsoleTexts.text("accounts.created", username))).build();
    }

    @POST
    @Path("/accounts/{username}/unlock")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response unlock(@PathParam("username") String username, @FormParam("csrf") String csrf, @Context HttpServerRequest request) {
        ConsoleForms.check(identity, csrf, request);
        try {
            accounts.requireUnlockable(scope(), username);
        } catch (NotPermittedException e) {
            denied(request, e.target());
            return Response.status(403).type(MediaType.TEXT_HTML)
                    .entity(accountsPage(ConsoleTexts.text("admin.notYours", username), null)).build();
        }
        signIn.unlock(username);
        return ConsoleResource.see("/console/admin/accounts");
    }

    TemplateInstance accountsPage(String error, String notice) {
        AdminScope scope = scope();
        List<AccountRow> rows = accounts.visibleTo(scope).stream()
                .map(a -> new AccountRow(a.username, a.roles, a.clinicId, signIn.locked(a))).toList();
        return Templates.accounts(chrome(), rows, clinics(), scope.superadmin(), error, notice);
    }

    // ---- audit ----------------------------------------------------------------------------------

    @GET
    @Path("/audit")
    public Response verifyAudit(@Context HttpServerRequest request) {
        if (!scope().superadmin()) {
            denied(request, "check the audit trail");
            return Response.status(403).type(MediaType.TEXT_HTML).entity(Templates.audit(chrome(), null)).build();
        }
        return Response.ok(Templates.audit(chrome(), audit.verify())).build();
    }

    /** The clinics this admin administers: every one for a superadmin, its own for a clinic admin. */
    @Transactional
    List<ClinicSettings.ClinicView> clinics() {
        AdminScope scope = scope();
        return settings.all().stream().filter(c -> scope.administers(c.id())).toList();
    }

    private AdminScope scope() {
        return accounts.scopeOf(user());
    }

    /** Records a denied access in the audit trail: who asked for what, from where. */
    private void denied(HttpServerRequest request, String what) {
        audit.recordDenied(user(), what, WebRequests.remote(request));
    }

    /** The page again, 403, saying that the clinic asked for is not this admin's; the denial is audited. */
    private Response forbidden(HttpServerRequest request, String what, TemplateInstance page, String field) {
        denied(request, what);
        return Response.status(403).type(MediaType.TEXT_HTML).entity(page.data("error", field + ": " + ConsoleTexts.text("admin.notYourClinic"))).build();
    }

    private static ClinicSettings.ClinicView pick(List<ClinicSettings.ClinicView> clinics, String id) {
        return clinics.stream().filter(c -> c.id().equals(id)).findFirst().orElse(clinics.isEmpty() ? null : clinics.get(0));
    }

    private ConsoleResource.Chrome chrome() {
        return new ConsoleResource.Chrome(user(), true, ConsoleForms.token(identity));
    }

    private String user() {
        return identity.getPrincipal().getName();
    }
}
