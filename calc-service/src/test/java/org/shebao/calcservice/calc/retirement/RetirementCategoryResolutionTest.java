package org.shebao.calcservice.calc.retirement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.shebao.calcservice.calc.CityH;
import org.shebao.calcservice.calc.Finding;
import org.shebao.calcservice.calc.InvalidInputException;
import org.shebao.calcservice.calc.PolicyGapException;
import org.shebao.calcservice.calc.PolicyRef;
import org.shebao.calcservice.calc.SourcedPolicy;
import org.shebao.calcservice.calc.Status;
import org.shebao.calcservice.calc.StatusCode;
import org.shebao.contract.PolicyKind;
import org.shebao.contract.payload.CategoryByPosition;
import org.shebao.contract.payload.Gender;
import org.shebao.contract.payload.JobPosition;
import org.shebao.contract.payload.PensionPolicy;
import org.shebao.contract.payload.RetirementGroup;

/** {@link CategoryResolution}: category, or gender with post by the national mapping; conflicts are refused. */
class RetirementCategoryResolutionTest {

    private static final PolicyRef NATIONAL_REF = new PolicyRef("100000", PolicyKind.PENSION, 2);
    private static final SourcedPolicy<PensionPolicy> NATIONAL = SourcedPolicy.of(NATIONAL_REF, payload(List.of(
            new CategoryByPosition(Gender.FEMALE, JobPosition.MANAGEMENT_OR_TECHNICAL, RetirementGroup.FEMALE_55),
            new CategoryByPosition(Gender.FEMALE, JobPosition.PRODUCTION, RetirementGroup.FEMALE_50),
            new CategoryByPosition(Gender.FEMALE, JobPosition.FLEXIBLE, RetirementGroup.FEMALE_55),
            new CategoryByPosition(Gender.MALE, null, RetirementGroup.MALE)), null));

    private static PensionPolicy payload(List<CategoryByPosition> mapping, RetirementGroup flexible) {
        return new PensionPolicy(null, null, null, null, null, null, null, null, null, null, null, null, null, null,
                null, null, mapping, flexible);
    }

    private static CategoryResolution.Resolved resolve(RetirementCategory category, Gender gender,
            JobPosition position) {
        return CategoryResolution.resolve(category, gender, position, NATIONAL, null, new Status());
    }

    @ParameterizedTest(name = "{0} + {1} → {2}")
    @CsvSource({
        "FEMALE, MANAGEMENT_OR_TECHNICAL, FEMALE_55",
        "FEMALE, PRODUCTION,              FEMALE_50",
        "MALE,   PRODUCTION,              MALE",
        "MALE,   ,                        MALE",
    })
    void genderAndPostMapToTheCategory(Gender gender, JobPosition position, RetirementCategory expected) {
        CategoryResolution.Resolved resolved = resolve(null, gender, position);

        assertThat(resolved.category()).isEqualTo(expected);
        assertThat(resolved.policy()).isEqualTo(NATIONAL_REF);
        assertThat(resolved.rule()).endsWith("→ " + expected);
    }

    @Test
    void aCategoryAloneIsTakenAsGiven() {
        CategoryResolution.Resolved resolved = resolve(RetirementCategory.FEMALE_50, null, null);

        assertThat(resolved.category()).isEqualTo(RetirementCategory.FEMALE_50);
        assertThat(resolved.rule()).isNull();
        assertThat(resolved.policy()).isNull();
    }

    @Test
    void aCategoryThatAgreesWithGenderAndPostIsAccepted() {
        assertThat(resolve(RetirementCategory.FEMALE_55, Gender.FEMALE, JobPosition.MANAGEMENT_OR_TECHNICAL)
                .category()).isEqualTo(RetirementCategory.FEMALE_55);
    }

    @Test
    void aCategoryThatContradictsGenderAndPostIsRefused() {
        assertThatThrownBy(() -> resolve(RetirementCategory.FEMALE_55, Gender.FEMALE, JobPosition.PRODUCTION))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.field()).isEqualTo("category");
                    assertThat(e.reason()).contains("gender FEMALE", "position PRODUCTION", "FEMALE_50");
                });
        assertThatThrownBy(() -> resolve(RetirementCategory.MALE, Gender.FEMALE, JobPosition.FLEXIBLE))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("category"));
    }

    @Test
    void missingInputsAreNamed() {
        assertThatThrownBy(() -> resolve(null, null, null))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("category"));
        assertThatThrownBy(() -> resolve(null, Gender.FEMALE, null))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("position"));
        assertThatThrownBy(() -> resolve(null, null, JobPosition.PRODUCTION))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("gender"));
        assertThatThrownBy(() -> CategoryResolution.resolve(null, Gender.FEMALE, JobPosition.PRODUCTION, null, null,
                new Status())).isInstanceOf(PolicyGapException.class).hasMessageContaining("categoryByPosition");
    }

    @Test
    void aWomanInFlexibleEmploymentFollowsHerRegionsRule() {
        SourcedPolicy<PensionPolicy> region = SourcedPolicy.of(CityH.ref(PolicyKind.PENSION),
                payload(null, RetirementGroup.FEMALE_50));
        Status status = new Status();

        CategoryResolution.Resolved resolved = CategoryResolution.resolve(null, Gender.FEMALE, JobPosition.FLEXIBLE,
                NATIONAL, region, status);

        assertThat(resolved.category()).isEqualTo(RetirementCategory.FEMALE_50);
        assertThat(resolved.policy()).isEqualTo(CityH.ref(PolicyKind.PENSION));
        assertThat(status.report().findings()).isEmpty();
    }

    @Test
    void withoutARegionalRuleFlexibleEmploymentTakesTheNationalDefaultWithACaveat() {
        Status status = new Status();

        CategoryResolution.Resolved resolved = CategoryResolution.resolve(null, Gender.FEMALE, JobPosition.FLEXIBLE,
                NATIONAL, null, status);

        assertThat(resolved.category()).isEqualTo(RetirementCategory.FEMALE_55);
        assertThat(status.report().findings()).extracting(Finding::code)
                .containsExactly(StatusCode.FLEXIBLE_CATEGORY_ASSUMED);
    }
}
