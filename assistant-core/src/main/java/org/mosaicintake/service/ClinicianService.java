package org.mosaicintake.service;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.mosaicintake.persistence.IntakeRecord;
import org.mosaicintake.persistence.StaffAccount;

/** What clinicians see of intakes. Staff of one clinic see that clinic's intakes only. */
@ApplicationScoped
public class ClinicianService {

    /** One row of the clinicians' list: no client text, only what is needed to choose whom to read first. */
    public record IntakeRow(String intakeId, String clinicId, String status, String risk, boolean urgent,
                            List<String> problems, Instant startedAt, Instant updatedAt) {
    }

    /**
     * What a clinician reads of one intake (JSON): the client's own words per question, what the risk
     * screen recorded, the formulation, the proposed plan, and the summary paragraph (marked when a
     * language model wrote it) with the client's goals.
     */
    public record IntakeSummary(String intakeId, String clinicId, String status, String risk, boolean urgent, Instant startedAt,
                                Instant completedAt, java.util.Map<String, String> words, List<String> riskTriggers,
                                JsonNode formulation, JsonNode plan, JsonNode summary, String reviewStatus, String approvedBy,
                                Instant approvedAt) {
    }

    private final ObjectMapper json;

    public ClinicianService(ObjectMapper json) {
        this.json = json;
    }

    @Transactional
    public List<IntakeRow> list(String username, int max) {
        StaffAccount staff = StaffAccount.findById(username);
        String clinicId = staff == null ? null : staff.clinicId;
        return IntakeRecord.forClinicians(clinicId, max).stream()
                .map(i -> new IntakeRow(i.id, i.clinicId, i.status, i.riskLevel, i.urgent(), problems(i), i.createdAt, i.updatedAt))
                .toList();
    }

    /** @throws IntakeNotFoundException when there is no such intake for this member of staff (or it was withdrawn) */
    @Transactional
    public IntakeSummary summary(String username, String intakeId) {
        IntakeRecord i = visibleTo(username, intakeId);
        JsonNode state = tree(i.state);
        java.util.Map<String, String> words = new java.util.LinkedHashMap<>();
        state.path("texts").fields().forEachRemaining(e -> words.put(e.getKey(), e.getValue().asText()));
        List<String> triggers = new ArrayList<>();
        state.path("riskTriggers").forEach(t -> triggers.add(t.asText()));
        return new IntakeSummary(i.id, i.clinicId, i.status, i.riskLevel, i.urgent(), i.createdAt, i.completedAt, words, triggers,
                tree(i.formulation), tree(i.plan), tree(i.summary), i.reviewStatus, i.approvedBy, i.approvedAt);
    }

    /**
     * The intake, when this member of staff may see it.
     *
     * @throws IntakeNotFoundException when there is none, it was withdrawn, or it belongs to another clinic (not told apart)
     */
    static IntakeRecord visibleTo(String username, String intakeId) {
        StaffAccount staff = StaffAccount.findById(username);
        IntakeRecord intake = IntakeRecord.findById(intakeId);
        if (intake == null || "WITHDRAWN".equals(intake.status) || (staff != null && !staff.sees(intake))) {
            throw new IntakeNotFoundException("no intake '" + intakeId + "'", false);
        }
        return intake;
    }

    private JsonNode tree(String value) {
        try {
            return value == null ? com.fasterxml.jackson.databind.node.NullNode.getInstance() : json.readTree(value);
        } catch (Exception e) {
            return com.fasterxml.jackson.databind.node.NullNode.getInstance();
        }
    }

    private List<String> problems(IntakeRecord intake) {
        List<String> problems = new ArrayList<>();
        if (intake.formulation != null) {
            try {
                JsonNode node = json.readTree(intake.formulation).path("problems");
                node.forEach(p -> problems.add(p.path("code").asText(p.asText())));
            } catch (Exception e) {
                // a formulation that cannot be read shows no problems here; the summary says more
            }
        }
        return problems;
    }
}
