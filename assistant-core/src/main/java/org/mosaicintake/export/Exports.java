package org.mosaicintake.export;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.function.Function;
import org.mosaicintake.review.ClinicianService;
import org.mosaicintake.audit.Audited;

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
    private final SummaryPdf pdf;
    private final FhirExport fhir;

    public Exports(ClinicianService clinicians, SummaryPdf pdf, FhirExport fhir) {
        this.clinicians = clinicians;
        this.pdf = pdf;
        this.fhir = fhir;
    }

    /** The summary and plan as a PDF. */
    @Audited("export_pdf")
    public Download pdf(String username, @Audited.Intake String intakeId) {
        return export(username, intakeId, pdf::render, "application/pdf", ".pdf");
    }

    /** The intake as a FHIR R4 Bundle (JSON). */
    @Audited("export_fhir")
    public Download fhir(String username, @Audited.Intake String intakeId) {
        return export(username, intakeId, fhir::bytes, "application/fhir+json", ".fhir.json");
    }

    private Download export(String username, String intakeId, Function<ClinicianService.IntakeSummary, byte[]> render, String mediaType,
                            String extension) {
        ClinicianService.IntakeSummary summary = clinicians.summary(username, intakeId);
        return new Download(render.apply(summary), mediaType, "intake-" + summary.intakeId() + extension);
    }
}
