package org.shebao.calcservice.service;

import java.time.LocalDate;
import java.util.List;

import org.shebao.contract.PolicyKind;

/**
 * No policy of the kind is in force for the region (nor any ancestor) on the date (HTTP 422). Carries the periods that
 * do exist, so the caller can pick a month that has one.
 */
public class NoPolicyInForceException extends RuntimeException {

    /** A published period of some region in the chain: {@code to} is null while open-ended. */
    public record Period(String regionCode, int version, LocalDate from, LocalDate to) {
    }

    private final List<Period> periods;

    public NoPolicyInForceException(String regionCode, PolicyKind kind, LocalDate date, List<Period> periods) {
        super("no " + kind + " policy in force for region " + regionCode + " on " + date);
        this.periods = List.copyOf(periods);
    }

    public List<Period> periods() {
        return periods;
    }
}
