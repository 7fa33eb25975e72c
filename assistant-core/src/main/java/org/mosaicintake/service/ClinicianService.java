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
