package org.shebao.contract.payload;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.shebao.contract.CareScope;

/** GUIDE: the procedures a region documents. */
@Schema(description = "GUIDE payload: procedures with materials, channels and validity")
public record GuidePolicy(
        @NotEmpty List<@NotNull @Valid GuideProcedure> procedures) implements PolicyPayload {

    /** The procedure for a situation in a scope: the situation's own before its filing type's general one. */
    public GuideProcedure filing(OutOfAreaSituation situation, CareScope scope) {
        return procedures.stream()
                .filter(p -> p.covers(situation) && p.appliesTo(scope))
                .min((a, b) -> Boolean.compare(a.situation() == null, b.situation() == null))
                .orElse(null);
    }

    /** The first procedure of a type that applies to a scope (null scope: any). */
    public GuideProcedure first(ProcedureType type, CareScope scope) {
        return procedures.stream()
                .filter(p -> p.procedure() == type && (scope == null || p.appliesTo(scope)))
                .findFirst().orElse(null);
    }
}
