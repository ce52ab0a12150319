package org.shebao.contract.payload;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.shebao.contract.Region;
import org.shebao.contract.validation.Consistent;
import org.shebao.contract.validation.ConsistencyChecked;
import org.shebao.contract.validation.Inconsistencies;

/**
 * 本地计发基数: parts of the pension a province computes on the base of the city (or county) of retirement instead of
 * its own 计发基数 — 河南's 过渡性养老金 (豫政〔2006〕29号, 双基数), 吉林's 基础养老金, whose pooled half is
 * (市县基数 + 全省基数 × 指数) ÷ 2 with 长春's own base.
 *
 * @param parts     which parts use the local base
 * @param cities    the local bases the data holds, for the same year as the province's base
 * @param elsewhere what the other cities of the province use
 */
@Consistent
@Schema(description = "Pension parts computed on the base of the city of retirement (本地计发基数)")
public record LocalBase(
        @NotEmpty List<@NotNull Part> parts,
        List<@NotNull @Valid CityBase> cities,
        @NotNull Elsewhere elsewhere) implements ConsistencyChecked {

    public enum Part {
        /** The 计发基数 term of 基础养老金 (the index term stays on the province's base): 吉林. */
        BASIC_POOLED,
        /** 过渡性养老金: 河南. */
        TRANSITIONAL
    }

    public enum Elsewhere {
        /** Cities without a base of their own use the province's (吉林 outside 长春). */
        PROVINCE_BASE,
        /** Every city has its own base; those the data lacks are unknown (河南). */
        UNKNOWN
    }

    /** The base of one city (or county), 元/月. */
    @Schema(description = "The 计发基数 of one city")
    public record CityBase(
            @NotNull @Pattern(regexp = Region.CODE_PATTERN) @Schema(examples = "410100") String regionCode,
            @NotNull @Positive @Schema(examples = "7933") BigDecimal base) {
    }

    public boolean uses(Part part) {
        return parts.contains(part);
    }

    /** The base of the first of {@code place} (nearest region first) that has one; null when none has. */
    public BigDecimal baseOf(List<String> place) {
        for (String code : place) {
            for (CityBase city : cities == null ? List.<CityBase>of() : cities) {
                if (city.regionCode().equals(code)) {
                    return city.base();
                }
            }
        }
        return null;
    }

    /** The same local bases grown with the province's, for a projected year (rounded to the 元, as published). */
    public LocalBase scaled(BigDecimal factor) {
        return new LocalBase(parts, cities == null ? null : cities.stream().map(c -> new CityBase(c.regionCode(),
                c.base().multiply(factor).setScale(0, RoundingMode.HALF_UP))).toList(), elsewhere);
    }

    @Override
    public void checkConsistency(Inconsistencies found) {
        if (parts != null) {
            found.require(new HashSet<>(parts).size() == parts.size(), "parts", "lists a part twice");
        }
        if (cities != null) {
            Set<String> codes = new HashSet<>();
            for (int i = 0; i < cities.size(); i++) {
                CityBase city = cities.get(i);
                found.require(city == null || city.regionCode() == null || codes.add(city.regionCode()),
                        "cities[" + i + "].regionCode", "appears twice");
            }
        }
    }
}
