package org.mosaicintake.console;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.identity.SecurityIdentity;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpServerResponse;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.Arrays;
import java.util.List;
import org.mosaicintake.web.WebRequests;
import org.mosaicintake.engine.PlanRevision;
import org.mosaicintake.api.Modality;
import org.mosaicintake.api.ModalityCatalog;
import org.mosaicintake.api.Phase;
import org.mosaicintake.api.Technique;
import org.mosaicintake.config.MosaicConfig;
import org.mosaicintake.domain.FieldException;
import org.mosaicintake.export.Exports;
import org.mosaicintake.security.ConsoleAuthenticationMechanism;
import org.mosaicintake.staff.StaffSignIn;
import org.mosaicintake.audit.AuditTrail;
import org.mosaicintake.clinic.ClinicPlugins;
import org.mosaicintake.review.ClinicianService;
import org.mosaicintake.review.PlanReview;

/**
 * The clinician console: sign-in, the intake list (escalated and urgent first), one intake's summary
 * with its plan, plan changes and approval, and the PDF and FHIR exports. Server-rendered (Qute), no
 * scripts. Every read and change of client data is audited before the data leaves; every form
 * carries the session's token.
 */
@Path("/console")
@Produces(MediaType.TEXT_HTML)
public class ConsoleResource {

    /** What every signed-in page shows: who is signed in, whether they are an admin, and the form token. */
    @io.quarkus.qute.TemplateData
    public record Chrome(String user, boolean admin, String csrf) {
    }

    @CheckedTemplate(basePath = "console")
    static class Templates {
        static native TemplateInstance login(String error, long idleMinutes, long lifetimeHours);

        static native TemplateInstance intakes(Chrome chrome, List<ClinicianService.IntakeRow> rows, ListView list, List<List<String>> bursts);

        static native TemplateInstance intake(Chrome chrome, ClinicianService.IntakeSummary s, List<Modality> modalities,
                                              List<Technique> addable, List<Phase> phases, List<PlanReview.VersionView> versions,
                                              String error, List<String> riskLevels);
    }

    private final SecurityIdentity identity;
    private final StaffSignIn signIn;
    private final ClinicianService clinicians;
    private final PlanReview review;
    private final ClinicPlugins plugins;
    private final AuditTrail audit;
    private final Exports exports;
    private final MosaicConfig config;

    public ConsoleResource(SecurityIdentity identity, StaffSignIn signIn, ClinicianService clinicians, PlanReview review,
                           ClinicPlugins plugins, AuditTrail audit, Exports exports, MosaicConfig config) {
        this.identity = identity;
        this.signIn = signIn;
        this.clinicians = clinicians;
        this.review = review;
        this.plugins = plugins;
        this.audit = audit;
        this.exports = exports;
        this.config = config;
    }

    @GET
    @PermitAll
    public Response home() {
        return see(identity.isAnonymous() ? ConsoleAuthenticationMechanism.LOGIN_PAGE : "/console/intakes");
    }

    @GET
    @Path("/login")
    @PermitAll
    public TemplateInstance loginPage() {
        return login(null);
    }

    @POST
    @Path("/login")
    @PermitAll
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response login(@FormParam("username") String username, @FormParam("password") String password,
                          @Context HttpServerRequest request, @Context HttpServerResponse response) {
        ConsoleForms.sameOrigin(request);
        var staff = signIn.verify(username, password, WebRequests.remote(request));
        if (staff.isEmpty()) {
            return Response.status(401).type(MediaType.TEXT_HTML).entity(login(
                    ConsoleTexts.text("login.failed", config.console().lockout().toMinutes()))).build();
        }
        String token = signIn.open(staff.get().username());
        response.addCookie(ConsoleAuthenticationMechanism.sessionCookie(token, config.console().secureCookie()));
        audit.record(staff.get().username(), "sign_in", null, WebRequests.remote(request));
        return see("/console/intakes");
    }

    @POST
    @Path("/logout")
    @RolesAllowed({"clinician", "admin"})
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response logout(@FormParam("csrf") String csrf, @CookieParam(ConsoleAuthenticationMechanism.COOKIE) String token,
                           @Context HttpServerRequest request, @Context HttpServerResponse response) {
        ConsoleForms.check(identity, csrf, request);
        signIn.close(token);
        response.addCookie(ConsoleAuthenticationMechanism.sessionCookie("", config.console().secureCookie()).setMaxAge(0));
        return see(ConsoleAuthenticationMechanism.LOGIN_PAGE);
    }

    /** The list's filters as chosen, its page, and the links to the pages around it. */
    @io.quarkus.qute.TemplateData
    public record ListView(String status, String risk, String review, String from, String until, boolean notGenuine,
                           int page, long total, String previous, String next) {

        public List<String> statuses() {
            return List.of("IN_PROGRESS", "COMPLETED", "ESCALATED");
        }

        public List<String> risks() {
            return List.of("LOW", "MODERATE", "HIGH", "IMMINENT");
        }

        public List<String> reviews() {
            return List.of("AWAITING_REVIEW", "APPROVED");
        }
    }

    /** Rows on one page of the console's list. */
    static final int PAGE_SIZE = 50;

    @GET
    @Path("/intakes")
    @RolesAllowed({"clinician", "admin"})
    public TemplateInstance intakes(@QueryParam("status") String status, @QueryParam("risk") String risk, @QueryParam("review") String review,
                                    @QueryParam("from") String from, @QueryParam("until") String until,
                                    @QueryParam("notGenuine") @DefaultValue("false") boolean notGenuine,
                                    @QueryParam("page") @DefaultValue("0") int page) {
        int at = Math.max(0, Math.min(page, 100_000));
        ClinicianService.Page found = clinicians.list(user(), ClinicianService.filter(status, risk, review, from, until, notGenuine), at, PAGE_SIZE);
        String query = "status=" + param(status) + "&risk=" + param(risk) + "&review=" + param(review) + "&from=" + param(from)
                + "&until=" + param(until) + (notGenuine ? "&notGenuine=true" : "");
        String previous = at == 0 ? null : "/console/intakes?" + query + "&page=" + (at - 1);
        String next = (long) (at + 1) * PAGE_SIZE >= found.total() ? null : "/console/intakes?" + query + "&page=" + (at + 1);
        return Templates.intakes(chrome(), found.rows(), new ListView(param(status), param(risk), param(review), param(from), param(until),
                notGenuine, at, found.total(), previous, next), found.bursts());
    }

    private static String param(String value) {
        return value == null ? "" : java.net.URLEncoder.encode(value.strip(), java.nio.charset.StandardCharsets.UTF_8);
    }

    @POST
    @Path("/intakes/{id}/not-genuine")
    @RolesAllowed({"clinician", "admin"})
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response notGenuine(@PathParam("id") String id, @FormParam("csrf") String csrf, @FormParam("notGenuine") String notGenuine,
                               @Context HttpServerRequest request) {
        ConsoleForms.check(identity, csrf, request);
        clinicians.markNotGenuine(user(), id, !"false".equals(notGenuine));
        return see("/console/intakes/" + id);
    }

    @GET
    @Path("/intakes/{id}")
    @RolesAllowed({"clinician", "admin"})
    public TemplateInstance intake(@PathParam("id") String id, @Context HttpServerRequest request) {
        return page(id, null, request);
    }

    @POST
    @Path("/intakes/{id}/plan")
    @RolesAllowed({"clinician", "admin"})
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response revise(@PathParam("id") String id, @FormParam("csrf") String csrf, @FormParam("action") String action,
                           @FormParam("primaryOrientation") String orientation, @FormParam("techniqueId") String techniqueId,
                           @FormParam("phase") String phase, @FormParam("framing") String framing,
                           @FormParam("clientDescription") String clientDescription, @FormParam("rationale") String rationale,
                           @FormParam("note") String note, @FormParam("riskAfterReview") String riskAfterReview,
                           @Context HttpServerRequest request) {
        ConsoleForms.check(identity, csrf, request);
        String why = note == null || note.isBlank() ? null : note.strip();
        PlanRevision revision = switch (action == null ? "" : action) {
            case "replan" -> new PlanRevision(orientation == null ? "" : orientation, null, null, null, null, why,
                    riskAfterReview == null || riskAfterReview.isBlank() ? null : riskAfterReview);
            case "remove" -> new PlanRevision(null, List.of(String.valueOf(techniqueId)), null, null, null, why);
            case "add" -> new PlanRevision(null, null, List.of(new PlanRevision.Addition(techniqueId, phase)), null, null, why);
            case "edit" -> new PlanRevision(null, null, null, List.of(new PlanRevision.Edit(techniqueId, framing, clientDescription)),
                    null, why);
            case "rationale" -> new PlanRevision(null, null, null, null, rationale == null ? "" : rationale, why);
            default -> throw new FieldException("action", "must be replan, remove, add, edit or rationale");
        };
        try {
            review.revise(user(), id, revision);
        } catch (FieldException e) {
            return invalid(page(id, e.field() + ": " + e.getMessage(), request));
        }
        return see("/console/intakes/" + id + "#plan");
    }

    @POST
    @Path("/intakes/{id}/approve")
    @RolesAllowed({"clinician", "admin"})
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response approve(@PathParam("id") String id, @FormParam("csrf") String csrf, @Context HttpServerRequest request) {
        ConsoleForms.check(identity, csrf, request);
        review.approve(user(), id);
        return see("/console/intakes/" + id + "#plan");
    }

    @GET
    @Path("/intakes/{id}/summary.pdf")
    @RolesAllowed({"clinician", "admin"})
    @Produces("application/pdf")
    public Response summaryPdf(@PathParam("id") String id) {
        return WebRequests.download(exports.pdf(user(), id));
    }

    @GET
    @Path("/intakes/{id}/fhir")
    @RolesAllowed({"clinician", "admin"})
    @Produces("application/fhir+json")
    public Response fhirBundle(@PathParam("id") String id) {
        return WebRequests.download(exports.fhir(user(), id));
    }

    private TemplateInstance page(String id, String error, HttpServerRequest request) {
        ClinicianService.IntakeSummary summary = clinicians.summary(user(), id);
        List<PlanReview.VersionView> versions = summary.plan() == null ? List.of() : review.versions(user(), id);
        List<ModalityCatalog> catalogs = plugins.catalogs(summary.clinicId());
        return Templates.intake(chrome(), summary, catalogs.stream().map(ModalityCatalog::modality).toList(),
                review.addable(summary.clinicId()), Arrays.asList(Phase.values()), versions, error,
                Arrays.stream(org.mosaicintake.api.RiskLevel.values()).map(Enum::name).toList());
    }

    /** The sign-in page, saying how long sessions last. */
    private TemplateInstance login(String error) {
        return Templates.login(error, config.console().idleTimeout().toMinutes(), config.console().sessionLifetime().toHours());
    }

    Chrome chrome() {
        return new Chrome(user(), identity.hasRole("admin"), ConsoleForms.token(identity));
    }

    private String user() {
        return identity.getPrincipal().getName();
    }

    /** A form that could not be accepted: 400, with the page showing what to fix. */
    static Response invalid(TemplateInstance page) {
        return Response.status(400).type(MediaType.TEXT_HTML).entity(page).build();
    }

    static Response see(String location) {
        return Response.seeOther(URI.create(location)).build();
    }
}
