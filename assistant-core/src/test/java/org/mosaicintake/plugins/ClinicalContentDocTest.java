package org.mosaicintake.plugins;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.mosaicintake.api.IntakeStep;
import org.mosaicintake.api.ModalityCatalog;
import org.mosaicintake.api.SafetyRule;
import org.mosaicintake.api.Technique;

/**
 * docs/clinical-content.md is generated from the bundled catalogs, never written by hand. This test
 * fails when the committed file differs from what the catalogs say; regenerate it with
 * {@code mvn -pl assistant-core test -Dtest=ClinicalContentDocTest -DwriteDocs=true}.
 */
class ClinicalContentDocTest {

    private static final Path DOC = Path.of("../docs/clinical-content.md");

    @Test
    void the_committed_clinical_content_matches_the_catalogs() throws IOException {
        String generated = render(BundledCatalogs.load(Path.of("target/bundled-plugins")));
        if (Boolean.getBoolean("writeDocs")) {
            Files.writeString(DOC, generated);
        }
        assertThat(Files.readString(DOC))
                .as("docs/clinical-content.md is stale: regenerate it with -DwriteDocs=true")
                .isEqualTo(generated);
    }

    static String render(List<ModalityCatalog> catalogs) {
        StringBuilder md = new StringBuilder();
        md.append("# Clinical content of the bundled plugins\n\n")
                .append("Generated from the plugins' catalogs by `ClinicalContentDocTest`; do not edit by hand.\n")
                .append("Clinicians: review the techniques, their placement and their safety rules here; the\n")
                .append("descriptions clients read are in each catalog (`plugins/*/src/main/resources/catalog.json`).\n\n");
        for (ModalityCatalog c : catalogs) {
            md.append("- [").append(c.modality().displayName()).append("](#").append(c.modality().id()).append(") (")
                    .append(c.techniques().size()).append(" techniques)\n");
        }
        for (ModalityCatalog c : catalogs) {
            md.append("\n<a id=\"").append(c.modality().id()).append("\"></a>\n## ").append(c.modality().displayName())
                    .append(" (`").append(c.modality().id()).append("`, ").append(c.modality().version()).append(")\n\n")
                    .append(c.modality().theorySummary()).append("\n\n")
                    .append("| technique | phases | targets | problems | directive / arousal | needs first | deferred when | caution when | sessions |\n")
                    .append("| --- | --- | --- | --- | --- | --- | --- | --- | --- |\n");
            for (Technique t : c.techniques()) {
                md.append("| **").append(t.name()).append("** `").append(t.id()).append("` | ")
                        .append(join(t.phases())).append(" | ").append(join(t.targets())).append(" | ")
                        .append(t.problems().isEmpty() ? "any" : join(t.problems())).append(" | ")
                        .append(t.directiveness()).append(" / ").append(t.arousal()).append(" | ")
                        .append(t.prerequisites().isEmpty() ? "" : t.prerequisites().stream().map(Object::toString).collect(Collectors.joining(", ")))
                        .append(" | ").append(rules(t.contraindications())).append(" | ").append(rules(t.cautions())).append(" | ")
                        .append(t.typicalSessions()).append(" |\n");
            }
            md.append("\n**Lens**, when ").append(c.modality().displayName()).append(" is the primary orientation:\n\n");
            c.lens().framings().stream().filter(f -> f.techniques().isEmpty())
                    .forEach(f -> md.append("- `").append(f.tag()).append("`: ").append(f.text()).append('\n'));
            md.append("- anything else: ").append(c.lens().genericFraming()).append('\n');
            c.lens().caseFormulation().forEach((language, text) -> md.append("- case formulation (").append(language).append("): ")
                    .append(text).append('\n'));
            List<Technique> borrowed = catalogs.stream().filter(o -> o != c).flatMap(o -> o.techniques().stream()).toList();
            long generic = borrowed.stream().filter(t -> framedBy(c, t).equals("generic")).count();
            md.append("\nEach technique this lens may borrow, and the framing it gets (").append(borrowed.size()).append(" techniques, ")
                    .append(generic).append(" with the generic framing):\n\n| borrowed technique | framed by | framing | mechanism |\n| --- | --- | --- | --- |\n");
            borrowed.forEach(t -> md.append("| ").append(t.name()).append(" `").append(t.id()).append("` | ").append(framedBy(c, t))
                    .append(" | ").append(c.lens().frame(t)).append(" | ")
                    .append(c.lens().framing(t).flatMap(org.mosaicintake.api.Framing::mechanism).orElse("")).append(" |\n"));
            if (!c.intakeSteps().isEmpty()) {
                md.append("\n**Intake steps** this plugin adds:\n\n");
                for (IntakeStep s : c.intakeSteps()) {
                    md.append("- `").append(s.id()).append("` ").append(s.text())
                            .append(s.askIf().map(a -> " _(asked if " + a.stepId() + " is " + String.join(" or ", a.values()) + ")_").orElse(""))
                            .append('\n');
                }
            }
        }
        return md.toString();
    }

    /** Which of the lens's framings a borrowed technique gets: the framing's tag, or "generic". */
    private static String framedBy(ModalityCatalog lens, Technique t) {
        return lens.lens().framing(t).map(f -> f.techniques().isEmpty() ? "tag `" + f.tag() + "`"
                : f.names(t) == 2 ? "this technique" : "its family").orElse("generic");
    }

    private static String join(java.util.Collection<?> values) {
        return values.stream().map(Object::toString).collect(Collectors.joining(", "));
    }

    private static String rules(List<SafetyRule> rules) {
        return rules.stream().map(r -> r.flag().map(Enum::name).orElseGet(() -> "risk >= " + r.riskAtLeast().orElseThrow())
                + ": " + r.reason()).collect(Collectors.joining("; "));
    }
}
