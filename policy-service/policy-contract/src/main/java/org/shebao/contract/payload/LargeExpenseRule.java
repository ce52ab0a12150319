package org.shebao.contract.payload;

import java.math.BigDecimal;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.shebao.contract.validation.Consistent;
import org.shebao.contract.validation.ConsistencyChecked;
import org.shebao.contract.validation.Inconsistencies;

/**
 * 职工大额医疗费用补助 (大额医疗互助, 补充医疗保险): pays on eligible costs of the year above a threshold — usually the
 * part the basic fund no longer pays because its annual cap is reached.
 *
 * @param threshold the year's eligible cost above which it pays; null = from where the fund's annual cap is reached
 * @param bands     ratios by amount above the threshold
 * @param annualCap null where there is none
 */
@Consistent
@Schema(description = "Employees' large-expense subsidy (职工大额医疗费用补助) terms")
public record LargeExpenseRule(
        @PositiveOrZero BigDecimal threshold,
        @NotEmpty List<@NotNull @Valid Band> bands,
        @Positive @Schema(examples = "300000") BigDecimal annualCap,
        @Size(max = 1000) String note) implements ConsistencyChecked {

    @Override
    public void checkConsistency(Inconsistencies found) {
        Band.checkContiguous(bands, "bands", found);
    }
}
