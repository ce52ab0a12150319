package org.shebao.calcservice.calc;

/**
 * The policy in force lacks what the calculation needs (HTTP 422): no FLEXIBLE schedule, no inpatient terms for a
 * hospital level, no 计发基数 and none given by the caller, …. The message says what is missing and in which version.
 */
public class PolicyGapException extends RuntimeException {

    public PolicyGapException(String message) {
        super(message);
    }
}
