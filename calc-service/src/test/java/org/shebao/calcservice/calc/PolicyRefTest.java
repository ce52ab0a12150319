package org.shebao.calcservice.calc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.shebao.contract.Confidence;
import org.shebao.contract.PolicyKind;
import org.shebao.contract.PublishedPolicy;
import org.shebao.contract.payload.GuidePolicy;
import org.shebao.contract.payload.PensionPolicy;

class PolicyRefTest {

    @Test
    void theLabelCitesRegionKindAndVersion() {
        PolicyRef ref = new PolicyRef("110000", PolicyKind.CONTRIBUTION, 2);

        assertThat(ref.label()).isEqualTo("110000/CONTRIBUTION v2");
        assertThat(ref.source()).isEqualTo("110000/CONTRIBUTION");
    }

    @Test
    void aPublishedVersionBecomesASourcedPolicyOfItsPayloadType() {
        GuidePolicy guide = CityH.guide().payload();
        PublishedPolicy published = new PublishedPolicy("H", PolicyKind.GUIDE, 4, LocalDate.of(2025, 1, 1), null,
                Instant.EPOCH, 1, Confidence.ESTIMATE, null, null, null, guide);

        SourcedPolicy<GuidePolicy> sourced = SourcedPolicy.of(published, GuidePolicy.class);

        assertThat(sourced.ref()).isEqualTo(new PolicyRef("H", PolicyKind.GUIDE, 4));
        assertThat(sourced.payload()).isSameAs(guide);
        assertThatThrownBy(() -> SourcedPolicy.of(published, PensionPolicy.class))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("H/GUIDE v4");
    }
}
