package org.shebao.calcservice.calc.pension;

import java.math.BigDecimal;

import org.shebao.calcservice.calc.Status;
import org.shebao.calcservice.calc.StatusCode;
import org.shebao.contract.payload.TransitionalIndex;

/**
 * The index of the region's 过渡性养老金 ({@link TransitionalIndex}): the average index, the region's fixed one (上海
 * 1.0) or the person's own from the request (浙江, 深圳, 天津), raised to the region's floor where it has one (内蒙古
 * 1.0, 福建 0.75). Resolved when first used, so that its warnings appear only in answers that use it.
 */
final class TransitionalIndexChoice {

    private final PensionRequest request;
    private final PensionParameters parameters;
    private final Status status;
    private boolean resolved;
    private BigDecimal value;

    TransitionalIndexChoice(PensionRequest request, PensionParameters parameters, Status status) {
        this.request = request;
        this.parameters = parameters;
        this.status = status;
    }

    /** The rule applied: the region's, or OWN/AVERAGE when the region states none. */
    TransitionalIndex.Rule rule() {
        TransitionalIndex stated = parameters.transitionalIndex();
        if (stated != null) {
            return stated.rule();
        }
        return request.transitionalIndex() != null ? TransitionalIndex.Rule.OWN : TransitionalIndex.Rule.AVERAGE;
    }

    /** The index; null when the region uses the person's own and the request does not give it. */
    BigDecimal value() {
        if (!resolved) {
            value = resolve();
            resolved = true;
        }
        return value;
    }

    private BigDecimal resolve() {
        BigDecimal index = chosen();
        TransitionalIndex stated = parameters.transitionalIndex();
        if (index == null || stated == null || stated.floor() == null || index.compareTo(stated.floor()) >= 0) {
            return index;
        }
        return stated.floor();
    }

    private BigDecimal chosen() {
        TransitionalIndex stated = parameters.transitionalIndex();
        if (stated == null) {
            if (request.transitionalIndex() != null) {
                return request.transitionalIndex();
            }
            if (parameters.regional() != null) {
                status.add(StatusCode.TRANSITIONAL_INDEX_ASSUMED, "transitionalIndex", parameters.regional().label()
                        + " 未说明过渡性养老金使用哪个指数；按平均缴费指数计算", parameters.regional().label() + " does not"
                        + " say which index the transitional pension uses; the average index was used");
            }
            return request.averageIndex();
        }
        return switch (stated.rule()) {
            case AVERAGE -> ignoringOwnIndex(request.averageIndex());
            case FIXED -> ignoringOwnIndex(stated.value());
            case OWN -> {
                if (request.transitionalIndex() == null) {
                    InputNotGiven.report(status, "transitionalIndex", "过渡性养老金", "the transitional pension");
                }
                yield request.transitionalIndex();
            }
        };
    }

    private BigDecimal ignoringOwnIndex(BigDecimal index) {
        if (request.transitionalIndex() != null) {
            status.add(StatusCode.INPUT_IGNORED, "transitionalIndex", parameters.regional().label() + " 的过渡性养老金"
                    + "不使用本人过渡性指数（" + rule() + "）；已忽略 transitionalIndex", parameters.regional().label()
                    + " does not use a personal transitional index (" + rule() + "); transitionalIndex was ignored");
        }
        return index;
    }
}
