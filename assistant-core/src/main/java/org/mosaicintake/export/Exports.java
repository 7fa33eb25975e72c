package org.mosaicintake.export;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.function.Function;
import org.mosaicintake.audit.AuditTrail;
import org.mosaicintake.review.ClinicianService;

/**
 * The downloads staff can take of an intake, for the console and the clinician API alike: the
 * summary is read with the member of staff's clinic scope, the export is recorded in the audit
 * trail, and only then rendered and handed out.
 */
@ApplicationScoped
public class Exports {

    /** A file to hand out. */
    public record Download(byte[] body, String mediaType, String fileName) {
    }

    private final ClinicianService clinicians;
    private final AuditTrail audit;
    private final SummaryPdf pdf;
    private final FhirExport fhir;

    public Exports(ClinicianService clinicians, AuditTrail audit, SummaryPdf pdf, FhirExport fhir) {
        this.clinicians = clinicians;
        this.audit = audit;
        this.pdf = pdf;
        this.fhir = fhir;
    }

    /** The summary and plan as a PDF. */
    public Download pdf(String username, String intakeId, String remote) {
        return export(username, intakeId, remote, "export_pdf", pdf::render, "application/pdf", ".pdf");
    }

    /** The intake as a FHIR R4 Bundle (JSON). */
    public Download fhir(String username, String intakeId, String remote) {
        return export(username, intakeId, remote, "export_fhir", fhir::bytes, "application/fhir+json", ".fhir.json");
    }

    private Download export(String username, String intakeId, String remote, String action,
                            Function<ClinicianService.IntakeSummary, byte[]> render, String mediaType, String extension) {
        ClinicianService.IntakeSummary summary = clinicians.summary(username, intakeId);
        audit.record(username, action, summary.intakeId(), remote);
        return new Download(render.apply(summary), mediaType, "intake-" + summary.intakeId() + extension);
    }
}
