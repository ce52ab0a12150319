package org.shebao.calcservice.service;

import java.util.ArrayList;
import java.util.List;

import org.shebao.calcservice.calc.Finding;
import org.shebao.calcservice.calc.PolicyRef;
import org.shebao.calcservice.calc.StatusCode;
import org.shebao.contract.Confidence;
import org.shebao.contract.PolicyKind;
import org.shebao.contract.PublishedPolicy;
import org.shebao.contract.payload.ContributionPolicy;
import org.shebao.contract.payload.ContributionPolicy.CityBand;

/**
 * A policy an answer used: a published version with the revision of the timeline it was read from, or the caller's own
 * payload (what-if), which has neither.
 *
 * @param carriedForward  the version was used past its end, under the CARRY_FORWARD rule (暂按上年度)
 * @param requestedRegion the region the caller asked about; null for a what-if
 */
public record UsedPolicy(PolicyRef ref, PublishedPolicy published, Long revision, boolean carriedForward,
        String requestedRegion) {

    static UsedPolicy of(ResolvedPolicy resolved) {
        return new UsedPolicy(resolved.ref(), resolved.policy(), resolved.revision(), resolved.carriedForward(),
                resolved.requestedRegion());
    }

    static UsedPolicy callerSupplied(String regionCode, PolicyKind kind) {
        return new UsedPolicy(PolicyRef.callerSupplied(regionCode, kind), null, null, false, regionCode);
    }

    public boolean isCallerSupplied() {
        return published == null;
    }

    /** Header form: {@code 110000/CONTRIBUTION=7}, or {@code 110000/CONTRIBUTION=caller}. */
    public String revisionTag() {
        return ref.source() + "=" + (isCallerSupplied() ? "caller" : revision);
    }

    /** What an answer citing this policy as {@code policies[index]} must say about it, most important first. */
    List<Finding> findings(int index) {
        String field = "policies[" + index + "]";
        List<Finding> findings = new ArrayList<>(2);
        if (carriedForward) {
            findings.add(carriedForwardFinding(field));
        }
        Finding confidence = confidenceFinding(field);
        if (confidence != null) {
            findings.add(confidence);
        }
        Finding band = otherCitysBandFinding(field);
        if (band != null) {
            findings.add(band);
        }
        return findings;
    }

    /**
     * A province's figures that are one city's band (湖北 一档) answer for another city of the province only with this
     * said: that city's own bounds may be lower.
     */
    private Finding otherCitysBandFinding(String field) {
        if (isCallerSupplied() || !(published.payload() instanceof ContributionPolicy contribution)
                || contribution.cityBand() == null || requestedRegion.equals(published.regionCode())
                || contribution.cityBand().covers(requestedRegion)) {
            return null;
        }
        CityBand band = contribution.cityBand();
        return new Finding(StatusCode.FIGURES_OF_ANOTHER_CITY, field, ref.label() + "：其数值为" + band.label()
                + "（" + band.regionCode() + "）的标准，所问地区 " + requestedRegion + " 未找到自己的标准，实际上下限可能不同",
                ref.label() + ": its figures are those of " + band.label() + " (" + band.regionCode() + "); no figures"
                        + " of " + requestedRegion + " itself were found, and its own bounds may differ.");
    }

    /** 暂按上年度: the answer rests on a version whose period has ended, until its successor is published. */
    private Finding carriedForwardFinding(String field) {
        if (published.effectiveTo() == null) {
            return new Finding(StatusCode.POLICY_CARRIED_FORWARD, field, ref.label() + "（" + published.effectiveFrom()
                    + "起）所属年度已过，新年度标准尚未公布，暂按该标准估算（预发）；新标准公布后可能重新核定",
                    ref.label() + " (from " + published.effectiveFrom() + ") stands for a year that has passed and the"
                            + " next year's figures are not published yet: figures are estimated on it provisionally"
                            + " (预发) and may be recalculated once the new figures are published.");
        }
        String period = published.effectiveFrom() + " → " + published.effectiveTo();
        return new Finding(StatusCode.POLICY_CARRIED_FORWARD, field, ref.label() + "（" + published.effectiveFrom()
                + "至" + published.effectiveTo() + "）已到期，新标准尚未公布，暂按该标准估算；新标准公布后可能需要补差（补收补退）",
                ref.label() + " (" + period + ") has ended and its successor is not published yet: figures are "
                        + "estimated on it provisionally and may be settled (补差) once the new figures are published.");
    }

    private Finding confidenceFinding(String field) {
        if (isCallerSupplied()) {
            return new Finding(StatusCode.CALLER_SUPPLIED_POLICY, field, ref.kind() + " 参数由调用方提供（假设测算），"
                    + "并非取自已发布的政策", ref.kind() + " parameters were supplied by the caller (what-if), not taken"
                    + " from a published policy.");
        }
        if (published.confidence() == Confidence.ESTIMATE) {
            return new Finding(StatusCode.POLICY_ESTIMATED, field, ref.label() + "：其数值系根据其他已公布数值推算的估计值"
                    + "（见其来源与说明）", ref.label() + ": its figures are ESTIMATES derived from other published figures"
                    + " (see its source and note).");
        }
        if (published.confidence() == Confidence.THIRD_PARTY) {
            return new Finding(StatusCode.POLICY_NOT_OFFICIAL, field, ref.label() + "：其数值来自第三方资料，而非我们所见的"
                    + "官方文本（见其来源与说明）", ref.label() + ": its figures come from THIRD_PARTY sources, not an"
                    + " official text seen by us (see its source and note).");
        }
        return null;
    }
}
