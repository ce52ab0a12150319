package org.shebao.calcservice.api;

import java.math.BigDecimal;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.shebao.calcservice.calc.medical.PersonalAccountCalculator;
import org.shebao.contract.payload.AgeCredit;
import org.shebao.contract.payload.MemberStatus;

/**
 * 职工医保个人账户 monthly crediting. {@code monthlyCredit} is null (and in {@code unknown[]}) where the region's figure
 * is not published, or where it depends on age and no age was given; {@code rate} and {@code base} only in service;
 * {@code age} and {@code creditByAge} (every band) where retirees are credited by age; {@code note} where the region
 * explains its rule.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(description = "Medical personal-account crediting answer")
public record PersonalAccountAnswer(
        String regionCode,
        MemberStatus memberStatus,
        @JsonInclude(JsonInclude.Include.ALWAYS) BigDecimal monthlyCredit,
        BigDecimal rate,
        BigDecimal base,
        Integer age,
        List<AgeCredit> creditByAge,
        String note) {

    public static PersonalAccountAnswer of(String regionCode, PersonalAccountCalculator.Result result) {
        return new PersonalAccountAnswer(regionCode, result.memberStatus(), result.monthlyCredit(), result.rate(),
                result.base(), result.age(), result.creditByAge(), result.note());
    }
}
