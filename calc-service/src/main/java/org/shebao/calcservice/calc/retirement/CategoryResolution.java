package org.shebao.calcservice.calc.retirement;

import org.shebao.calcservice.calc.InvalidInputException;
import org.shebao.calcservice.calc.PolicyGapException;
import org.shebao.calcservice.calc.PolicyRef;
import org.shebao.calcservice.calc.SourcedPolicy;
import org.shebao.calcservice.calc.Status;
import org.shebao.calcservice.calc.StatusCode;
import org.shebao.contract.payload.CategoryByPosition;
import org.shebao.contract.payload.Gender;
import org.shebao.contract.payload.JobPosition;
import org.shebao.contract.payload.PensionPolicy;
import org.shebao.contract.payload.RetirementGroup;

/**
 * The retirement category from what the caller knows: the category itself ({@code MALE}, {@code FEMALE_55},
 * {@code FEMALE_50}), or gender with post, mapped by the national PENSION version's {@code categoryByPosition}
 * (原"干部" 55, 原"工人" 50); a woman in 灵活就业 by her region's {@code flexibleFemaleCategory}, else the national row with a
 * caveat. A category that contradicts the gender or post given with it is refused, never silently preferred.
 */
public final class CategoryResolution {

    private CategoryResolution() {
    }

    /**
     * The category used and, when it was mapped, how.
     *
     * @param rule     the mapping applied, e.g. {@code FEMALE + PRODUCTION → FEMALE_50}; null when the caller gave the
     *                 category alone
     * @param policy   the version whose row decided: the national one, or the region's for 灵活就业; null when not mapped
     */
    public record Resolved(RetirementCategory category, Gender gender, JobPosition position, String rule,
            PolicyRef policy) {
    }

    /**
     * @param national the national PENSION version holding {@code categoryByPosition}; only needed with a gender
     * @param regional the region's PENSION version, for its {@code flexibleFemaleCategory}; null when none is known
     * @throws InvalidInputException when neither category nor gender is given, a woman's post is missing, or the
     *                               category contradicts the gender and post
     * @throws PolicyGapException    when a gender is given and no mapping is published
     */
    public static Resolved resolve(RetirementCategory category, Gender gender, JobPosition position,
            SourcedPolicy<PensionPolicy> national, SourcedPolicy<PensionPolicy> regional, Status status) {
        if (gender == null && position == null) {
            if (category == null) {
                throw new InvalidInputException("category", "give category (MALE, FEMALE_55 or FEMALE_50), or gender"
                        + " (MALE, FEMALE) with position (MANAGEMENT_OR_TECHNICAL, PRODUCTION, FLEXIBLE)");
            }
            return new Resolved(category, null, null, null, null);
        }
        if (gender == null) {
            throw new InvalidInputException("gender", "is required with position (MALE or FEMALE)");
        }
        if (gender == Gender.FEMALE && position == null) {
            throw new InvalidInputException("position", "is required for a woman: MANAGEMENT_OR_TECHNICAL (管理/专业技术岗位),"
                    + " PRODUCTION (生产/工勤岗位) or FLEXIBLE (灵活就业)");
        }
        Resolved mapped = map(gender, position, national, regional, status);
        if (category != null && category != mapped.category()) {
            throw new InvalidInputException("category", category + " contradicts gender " + gender
                    + (position == null ? "" : " and position " + position) + ", which give " + mapped.category()
                    + " (" + mapped.rule() + ", " + mapped.policy().label() + "); give category or gender with"
                    + " position, or make them agree");
        }
        return mapped;
    }

    private static Resolved map(Gender gender, JobPosition position, SourcedPolicy<PensionPolicy> national,
            SourcedPolicy<PensionPolicy> regional, Status status) {
        String asked = gender + (position == null ? "" : " + " + position);
        RetirementGroup regionalRule = regional == null ? null : regional.payload().flexibleFemaleCategory();
        if (gender == Gender.FEMALE && position == JobPosition.FLEXIBLE && regionalRule != null) {
            return resolved(gender, position, regionalRule, asked, regional.ref());
        }
        if (national == null || national.payload().categoryByPosition() == null) {
            throw new PolicyGapException("no national categoryByPosition is published to map " + asked
                    + " to a retirement category; give category");
        }
        CategoryByPosition row = national.payload().categoryByPosition().stream()
                .filter(r -> r.matches(gender, position))
                .findFirst()
                .orElseThrow(() -> new PolicyGapException(national.ref().label() + " maps no retirement category for "
                        + asked + "; give category"));
        if (position == JobPosition.FLEXIBLE && gender == Gender.FEMALE) {
            String region = regional == null ? "no regional PENSION version" : regional.ref().label();
            status.add(StatusCode.FLEXIBLE_CATEGORY_ASSUMED, "position", "灵活就业女性的原法定退休年龄由地区规定，" + region
                    + " 未规定；按全国通行的 " + row.category() + " 计算", "the original retirement age of a woman in"
                    + " 灵活就业 is the region's rule and " + region + " states none: the national default "
                    + row.category() + " was used");
        }
        return resolved(gender, position, row.category(), asked, national.ref());
    }

    private static Resolved resolved(Gender gender, JobPosition position, RetirementGroup group, String asked,
            PolicyRef policy) {
        RetirementCategory category = RetirementCategory.valueOf(group.name());
        return new Resolved(category, gender, position, asked + " → " + category, policy);
    }
}
