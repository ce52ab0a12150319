package org.shebao.contract;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Where a policy's figures come from. OFFICIAL and THIRD_PARTY versions carry a short verbatim quote; ESTIMATE versions
 * carry the derivation instead (policy-service checks this when a version is drafted).
 */
@Schema(description = "The document a policy version rests on")
public record PolicySource(
        @Size(max = 200) @Schema(examples = "京人社发〔2025〕11号") String documentNumber,
        @NotBlank @Size(max = 500) String title,
        @NotBlank @Size(max = 1000) @Schema(examples = "https://rsj.beijing.gov.cn/xxgk/2024zcwj/202509/t20250918_4204880.html") String url,
        @NotNull @Schema(examples = "2025-09-18") LocalDate publishedOn,
        @Size(max = 2000) @Schema(description = "Short verbatim quote of the figures (OFFICIAL, THIRD_PARTY)") String quote,
        @Size(max = 2000) @Schema(description = "How the figures were derived (ESTIMATE)") String derivation) {
}
