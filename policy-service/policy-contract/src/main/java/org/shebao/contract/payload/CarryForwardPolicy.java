package org.shebao.contract.payload;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.shebao.contract.PolicyKind;
import org.shebao.contract.validation.Consistent;
import org.shebao.contract.validation.ConsistencyChecked;
import org.shebao.contract.validation.Inconsistencies;

/**
 * CARRY_FORWARD: 暂按上年度执行. Which kinds of policy keep applying after their period has ended, until the next
 * version is published, and for how long. Bureaus publish a year's bases months after the year started and collect on
 * the previous year's meanwhile (then settle: 补收补退); pensions are paid on the previous 计发基数 first (预发). An
 * answer that rests on a carried-forward version is provisional.
 */
@Consistent
@Schema(description = "CARRY_FORWARD payload: kinds that keep applying past their period until the next publication")
public record CarryForwardPolicy(@NotEmpty List<@NotNull @Valid Rule> rules) implements PolicyPayload,
        ConsistencyChecked {

    /**
     * @param maxMonths how many months after the version's end it may still be used; beyond that an answer would rest
     *                  on figures too old to be a sensible stand-in, so there is none
     */
    @Schema(description = "One kind that carries forward, and for how many months at most")
    public record Rule(
            @NotNull @Schema(examples = "CONTRIBUTION") PolicyKind kind,
            @NotNull @Min(1) @Max(36) @Schema(examples = "12") Integer maxMonths,
            @Size(max = 500) String note) {
    }

    public Optional<Rule> rule(PolicyKind kind) {
        return rules.stream().filter(r -> r.kind() == kind).findFirst();
    }

    @Override
    public void checkConsistency(Inconsistencies found) {
        if (rules == null) {
            return;
        }
        Set<PolicyKind> seen = new HashSet<>();
        for (int i = 0; i < rules.size(); i++) {
            Rule rule = rules.get(i);
            if (rule != null && rule.kind() != null) {
                found.require(seen.add(rule.kind()), "rules[" + i + "].kind", rule.kind() + " appears twice");
                found.require(rule.kind() != PolicyKind.CARRY_FORWARD, "rules[" + i + "].kind",
                        "the carry-forward rule itself does not carry forward");
            }
        }
    }
}
