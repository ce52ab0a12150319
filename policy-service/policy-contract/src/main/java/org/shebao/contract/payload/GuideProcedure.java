package org.shebao.contract.payload;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.shebao.contract.validation.Consistent;
import org.shebao.contract.validation.ConsistencyChecked;
import org.shebao.contract.validation.Inconsistencies;

/**
 * What a person needs for one procedure: materials, where to apply, how long the result is valid.
 *
 * @param participantType for card applications: whose application this is
 * @param filingType      for 异地就医备案: which filing this is
 */
@Consistent
@Schema(description = "A procedure: materials, channels, validity")
public record GuideProcedure(
        @NotNull ProcedureType procedure,
        ParticipantType participantType,
        FilingType filingType,
        @NotBlank @Size(max = 200) @Schema(examples = "异地长期居住人员备案") String title,
        @NotEmpty List<@NotNull @Valid Material> materials,
        List<@NotBlank String> channels,
        @Valid Validity validity,
        List<@NotBlank String> notes) implements ConsistencyChecked {

    /**
     * @param alternativeTo name of the material this one may replace (个人承诺书 instead of 居住证明)
     */
    @Schema(description = "A material to bring or upload")
    public record Material(
            @NotBlank @Size(max = 200) @Schema(examples = "医保电子凭证、有效身份证件或社会保障卡") String name,
            boolean required,
            @Size(max = 200) String alternativeTo,
            @Size(max = 500) String note) {
    }

    /** How long the result holds: a number of months, or indefinitely (长期有效). */
    @Schema(description = "Validity of the result of a procedure")
    public record Validity(
            @PositiveOrZero Integer months,
            boolean indefinite,
            @Size(max = 500) String note) {
    }

    @Override
    public void checkConsistency(Inconsistencies found) {
        found.require(procedure != ProcedureType.OUT_OF_AREA_FILING || filingType != null, "filingType",
                "is required for OUT_OF_AREA_FILING");
        found.require(filingType != FilingType.NONE, "filingType", "NONE is not a filing");
    }
}
