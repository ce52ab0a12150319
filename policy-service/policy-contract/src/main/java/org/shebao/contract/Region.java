package org.shebao.contract;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A region identified by its GB/T 2260 six-digit code.
 *
 * @param socialInsuranceYearStartMonth month in which the region's social-insurance year (社保年度) starts, 1–12
 */
@Schema(description = "A region (GB/T 2260 code); the nation is the pseudo-region 100000")
public record Region(
        @NotNull @Pattern(regexp = Region.CODE_PATTERN, message = "must be a six-digit GB/T 2260 code")
        @Schema(examples = "110000") String code,
        @NotBlank @Size(max = 100) @Schema(examples = "北京市") String name,
        @NotNull RegionLevel level,
        @Pattern(regexp = Region.CODE_PATTERN, message = "must be a six-digit GB/T 2260 code")
        @Schema(examples = "100000", description = "null only for the nation") String parentCode,
        @NotNull @Min(1) @Max(12) @Schema(examples = "7") Integer socialInsuranceYearStartMonth) {

    public static final String CODE_PATTERN = "\\d{6}";
    public static final String NATION = "100000";
}
