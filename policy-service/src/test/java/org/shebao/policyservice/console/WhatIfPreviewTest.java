package org.shebao.policyservice.console;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;

import org.junit.jupiter.api.Test;
import org.shebao.contract.PolicyKind;
import org.shebao.policyservice.api.PreviewRequest;
import org.shebao.policyservice.api.PreviewView;
import org.shebao.policyservice.service.InvalidInput;

/** The sample people the console's what-if sends to calc-service, per kind of draft. */
class WhatIfPreviewTest {

    private static PreviewRequest draft(PolicyKind kind) {
        return new PreviewRequest(kind, "110000", "2032-07", JsonNodeFactory.instance.objectNode());
    }

    @Test
    void aPensionDraftIsPreviewedForARetireeOfItsMonth() {
        WhatIfPreview.Samples samples = WhatIfPreview.samples(draft(PolicyKind.PENSION));
        assertThat(samples.path()).isEqualTo("/api/v1/pensions/estimate");
        assertThat(samples.figures()).extracting(PreviewView.Figure::field)
                .containsExactly("total", "basic", "personalAccount", "transitional");
        assertThat(samples.queries()).singleElement().satisfies(retiree -> {
            assertThat(retiree.code()).isEqualTo("RETIREE");
            assertThat(retiree.wage()).isNull();
            assertThat(retiree.query().toString()).isEqualTo("{\"regionCode\":\"110000\",\"category\":\"MALE\","
                    + "\"birthMonth\":\"1972-07\",\"retirementMonth\":\"2032-07\",\"contributionYears\":35,"
                    + "\"averageIndex\":1.0,\"personalAccountBalance\":200000}");
        });
    }

    @Test
    void aMedicalBenefitDraftIsPreviewedForAHospitalStayInServiceAndRetired() {
        WhatIfPreview.Samples samples = WhatIfPreview.samples(draft(PolicyKind.MEDICAL_BENEFIT));
        assertThat(samples.path()).isEqualTo("/api/v1/medical/reimbursements");
        assertThat(samples.figures()).extracting(PreviewView.Figure::field)
                .containsExactly("fundPayment", "seriousIllnessPayment", "patientPayment");
        assertThat(samples.queries()).extracting(WhatIfPreview.SampleQuery::code)
                .containsExactly("INPATIENT_IN_SERVICE", "INPATIENT_RETIRED");
        assertThat(samples.queries()).allSatisfy(stay -> {
            assertThat(stay.query().path("insuredRegionCode").asText()).isEqualTo("110000");
            assertThat(stay.query().path("treatmentRegionCode").asText()).isEqualTo("110000");
            assertThat(stay.query().path("hospitalLevel").asInt()).isEqualTo(3);
            assertThat(stay.query().path("visitType").asText()).isEqualTo("INPATIENT");
            assertThat(stay.query().at("/costs/classA").decimalValue()).isEqualByComparingTo("20000");
            assertThat(stay.query().path("date").asText()).isEqualTo("2032-07-01");
        });
        assertThat(samples.queries().get(1).query().path("memberStatus").asText()).isEqualTo("RETIRED");
    }

    @Test
    void aContributionDraftKeepsItsWagesAndOtherKindsHaveNoPreview() {
        WhatIfPreview.Samples samples = WhatIfPreview.samples(new PreviewRequest(null, "110000", "2032-07",
                JsonNodeFactory.instance.objectNode()));
        assertThat(samples.path()).isEqualTo("/api/v1/contributions");
        assertThat(samples.queries()).extracting(WhatIfPreview.SampleQuery::code).containsExactly("WAGE_10000");
        assertThatThrownBy(() -> WhatIfPreview.samples(draft(PolicyKind.GUIDE)))
                .isInstanceOf(InvalidInput.class).hasMessageContaining("kind");
    }
}
