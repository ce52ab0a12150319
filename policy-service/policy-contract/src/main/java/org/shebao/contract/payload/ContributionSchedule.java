package org.shebao.contract.payload;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.shebao.contract.validation.Consistent;
import org.shebao.contract.validation.ConsistencyChecked;
import org.shebao.contract.validation.Inconsistencies;

/**
 * The contribution bill of one participant type.
 *
 * @param base        bounds shared by every line that does not carry its own
 * @param housingFund superseded by the HOUSING_FUND policy kind, which calc-service resolves for a bill; kept so stored
 *                    events still read. Only a what-if override's own rule here is still honoured, when present
 */
@Consistent
@Schema(description = "Contribution schedule of one participant type")
public record ContributionSchedule(
        @Valid BaseRange base,
        @NotEmpty List<@NotNull @Valid ContributionLine> lines,
        @Valid HousingFundRule housingFund,
        @Valid PersonalAccountRule personalAccounts) implements ConsistencyChecked {

    public BaseRange baseFor(ContributionLine line) {
        return line.base() != null ? line.base() : base;
    }

    @Override
    public void checkConsistency(Inconsistencies found) {
        if (lines == null) {
            return;
        }
        Set<InsuranceType> seen = new HashSet<>();
        for (int i = 0; i < lines.size(); i++) {
            ContributionLine line = lines.get(i);
            if (line == null || line.insurance() == null) {
                continue;
            }
            found.require(seen.add(line.insurance()), "lines[" + i + "].insurance",
                    line.insurance() + " appears more than once");
            found.require(!line.hasRates() || baseFor(line) != null, "lines[" + i + "].base",
                    "a line with rates needs base bounds, its own or the schedule's");
        }
    }
}
