package org.shebao.contract.payload;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** GUIDE: the procedures a region documents. */
@Schema(description = "GUIDE payload: procedures with materials, channels and validity")
public record GuidePolicy(
        @NotEmpty List<@NotNull @Valid GuideProcedure> procedures) implements PolicyPayload {

    /** The procedure for a filing type, if this guide documents it. */
    public GuideProcedure filing(FilingType filingType) {
        return procedures.stream()
                .filter(p -> p.procedure() == ProcedureType.OUT_OF_AREA_FILING && p.filingType() == filingType)
                .findFirst().orElse(null);
    }
}
