package org.mosaicintake.export;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import org.mosaicintake.review.ClinicianService.IntakeSummary;

/**
 * The intake summary and its plan as a PDF: the Qute template {@code reports/summary.html} (XHTML)
 * rendered by openhtmltopdf. A plan not yet approved is printed, and clearly marked, as a proposal.
 * Thread-safe.
 */
@ApplicationScoped
public class SummaryPdf {

    @Inject
    @Location("reports/summary.html")
    Template template;

    public byte[] render(IntakeSummary summary) {
        // text stored before control characters were removed at input must not break the PDF
        String html = org.mosaicintake.dialogue.TurnInput.withoutControlCharacters(
                template.data("s", summary).data("printedAt", Instant.now()).render());
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            builder.withHtmlContent(html, null);
            builder.toStream(out);
            builder.run();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("the PDF could not be written", e);
        }
    }
}
