package org.shebao.calcservice.calc.pension;

import org.shebao.calcservice.calc.Status;
import org.shebao.calcservice.calc.StatusCode;

/** The warning that names a request field a part of the pension needs and did not get. */
final class InputNotGiven {

    private InputNotGiven() {
    }

    /**
     * @param field the request field
     * @param zh    the part, in Chinese
     * @param en    the part, in English
     */
    static void report(Status status, String field, String zh, String en) {
        status.add(StatusCode.INPUT_NOT_GIVEN, field, "计算" + zh + "需要 " + field + "，请求未提供：该项未知",
                en + " needs " + field + ", which the request did not give: it is unknown");
    }
}
