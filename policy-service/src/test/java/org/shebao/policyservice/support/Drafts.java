package org.shebao.policyservice.support;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.shebao.contract.Confidence;
import org.shebao.contract.PolicyJson;
import org.shebao.contract.PolicyKind;
import org.shebao.contract.PolicySource;
import org.shebao.contract.payload.BaseRange;
import org.shebao.contract.payload.ContributionLine;
import org.shebao.contract.payload.ContributionPolicy;
import org.shebao.contract.payload.ContributionSchedule;
import org.shebao.contract.payload.InsuranceType;
import org.shebao.contract.payload.ParticipantType;
import org.shebao.contract.payload.Rounding;
import org.shebao.policyservice.api.DraftRequest;

/** Draft bodies for tests: test regions with made-up figures, never presented as real. */
public final class Drafts {

    public static final ObjectMapper JSON = PolicyJson.newMapper();

    private Drafts() {
    }

    public static DraftRequest contribution(String region, String from, String to, int floor, int ceiling,
            String employeeRate) {
        ContributionLine pension = new ContributionLine(InsuranceType.PENSION, "养老保险", null, new BigDecimal("0.16"),
                new BigDecimal(employeeRate), null, null, null, null);
        ContributionSchedule employee = new ContributionSchedule(
                new BaseRange(BigDecimal.valueOf(floor), BigDecimal.valueOf(ceiling)), List.of(pension), null, null);
        return new DraftRequest(region, PolicyKind.CONTRIBUTION, LocalDate.parse(from),
                to == null ? null : LocalDate.parse(to), Confidence.ESTIMATE, source(),
                LocalDate.parse("2026-11-01"), "test figures",
                new ContributionPolicy(Map.of(ParticipantType.EMPLOYEE, employee), Rounding.FEN_HALF_UP));
    }

    public static PolicySource source() {
        return new PolicySource(null, "Test figures", "https://example.org/test", LocalDate.parse("2026-01-01"), null,
                "made up for a test");
    }

    public static String json(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
