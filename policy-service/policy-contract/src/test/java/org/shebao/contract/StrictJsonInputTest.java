package org.shebao.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;

import org.junit.jupiter.api.Test;
import org.shebao.contract.payload.ContributionPolicy;
import org.shebao.contract.payload.ResidentMedicalPolicy;

/** Payloads, events and requests are read only from the JSON type each value is documented with. */
class StrictJsonInputTest {

    private final ObjectMapper mapper = PolicyJson.newMapper();

    private static final String POLICY = "{\"participants\":{\"EMPLOYEE\":{\"base\":{\"floor\":6821,\"ceiling\":35283},"
            + "\"lines\":[{\"insurance\":\"PENSION\",\"label\":\"养老保险\",\"employerRate\":0.16,\"employeeRate\":0.08}]}},"
            + "\"rounding\":{\"scale\":2,\"mode\":\"HALF_UP\",\"appliesTo\":\"LINE\"}}";

    private String rejectedField(String json, Class<?> type) {
        Throwable thrown = catchThrowable(() -> mapper.readValue(json, type));
        assertThat(thrown).isInstanceOf(MismatchedInputException.class);
        return PolicyJson.fieldPath((JsonMappingException) thrown);
    }

    @Test
    void theDocumentedTypesAreRead() throws Exception {
        ContributionPolicy policy = mapper.readValue(POLICY, ContributionPolicy.class);
        assertThat(policy.participants().values().iterator().next().base().floor()).isEqualByComparingTo("6821");
        assertThat(mapper.readValue("10000", BigDecimal.class)).isEqualByComparingTo("10000");
        assertThat(policy.rounding().scale()).isEqualTo(2);
    }

    @Test
    void aStringForANumberIsAnErrorNamingTheFieldWithMapKeysInBrackets() {
        assertThat(rejectedField(POLICY.replace("\"floor\":6821", "\"floor\":\"6821\""), ContributionPolicy.class))
                .isEqualTo("participants[EMPLOYEE].base.floor");
        assertThat(rejectedField(POLICY.replace("\"label\":\"养老保险\"", "\"label\":7"), ContributionPolicy.class))
                .isEqualTo("participants[EMPLOYEE].lines[0].label");
    }

    @Test
    void aFractionForAWholeNumberIsAnError() {
        assertThatThrownBy(() -> mapper.readValue("2.7", Integer.class)).isInstanceOf(MismatchedInputException.class);
        assertThatThrownBy(() -> mapper.readValue("2.0", int.class)).isInstanceOf(MismatchedInputException.class);
    }

    @Test
    void anOrdinalOrAnUnknownNameForAnEnumIsAnError() {
        assertThat(rejectedField(POLICY.replace("\"LINE\"", "0"), ContributionPolicy.class))
                .isEqualTo("rounding.appliesTo");
        assertThat(rejectedField(POLICY.replace("\"EMPLOYEE\"", "\"0\""), ContributionPolicy.class))
                .isEqualTo("participants");
        assertThat(rejectedField(POLICY.replace("\"PENSION\"", "\"pension\""), ContributionPolicy.class))
                .isEqualTo("participants[EMPLOYEE].lines[0].insurance");
    }

    @Test
    void aBooleanIsOnlyTrueOrFalseAndNeverNull() {
        assertThatThrownBy(() -> mapper.readValue("\"true\"", Boolean.class)).isInstanceOf(MismatchedInputException.class);
        assertThatThrownBy(() -> mapper.readValue("1", Boolean.class)).isInstanceOf(MismatchedInputException.class);
        assertThat(rejectedField("{\"minimumStandard\":null}", ResidentMedicalPolicy.class)).isEqualTo("minimumStandard");
    }

    @Test
    void anErrorInsideAVersionsPayloadIsNamedUnderPayload() throws Exception {
        PublishedPolicy version = new PublishedPolicy("110000", PolicyKind.CONTRIBUTION, 2, LocalDate.parse("2025-07-01"),
                null, Instant.parse("2025-09-18T08:00:00Z"), 7, Confidence.ESTIMATE, null, null, null,
                PolicyEventJsonTest.beijingPension());
        String json = mapper.writeValueAsString(version);
        assertThat(json).contains("\"floor\":7162");

        Throwable thrown = catchThrowable(() -> mapper.readValue(json.replace("\"floor\":7162", "\"floor\":\"7162\""),
                PublishedPolicy.class));

        assertThat(PolicyJson.versionFieldPath((JsonMappingException) thrown))
                .isEqualTo("payload.participants[EMPLOYEE].base.floor");
    }
}
