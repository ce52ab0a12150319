package org.shebao.calcservice.calc;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * What a calculation says about its figures: its findings (warnings and caveats) and its unknown figures, in the order
 * found, each once. Calculators fill one while they work and return its {@link #report()} with their result.
 */
public final class Status {

    /** A finished calculation's status, immutable. */
    public record Report(List<Finding> findings, List<Unknown> unknown) {

        public static final Report EMPTY = new Report(List.of(), List.of());

        public Report {
            findings = List.copyOf(findings);
            unknown = List.copyOf(unknown);
        }

        /** Why the figure at exactly {@code field} is unknown; null when it is known. */
        public StatusCode reasonOf(String field) {
            return unknown.stream().filter(u -> u.field().equals(field)).map(Unknown::reason).findFirst().orElse(null);
        }
    }

    private final Set<Finding> findings = new LinkedHashSet<>();
    private final Set<Unknown> unknown = new LinkedHashSet<>();

    /** Adds a finding; {@code field} may be null when it concerns the whole answer. */
    public Status add(StatusCode code, String field, String zh, String en) {
        findings.add(new Finding(code, field, zh, en));
        return this;
    }

    /** Notes that the figure at {@code field} is null because of {@code reason}. */
    public Status unknown(String field, StatusCode reason) {
        unknown.add(new Unknown(field, reason));
        return this;
    }

    /** Notes {@code field} as unknown when its value is null. */
    public Status unknownIfNull(String field, Object value, StatusCode reason) {
        return value == null ? unknown(field, reason) : this;
    }

    /** Takes over a nested calculation's status, its fields placed under {@code prefix}. */
    public Status include(Report nested, String prefix) {
        nested.findings().forEach(f -> findings.add(f.under(prefix)));
        nested.unknown().forEach(u -> unknown.add(u.under(prefix)));
        return this;
    }

    /** Adds a finding as it is. */
    public Status add(Finding finding) {
        findings.add(finding);
        return this;
    }

    /** The reason of the first unknown figure whose field starts with {@code prefix}, or null. */
    public StatusCode reasonUnder(String prefix) {
        return unknown.stream().filter(u -> u.field().startsWith(prefix)).map(Unknown::reason).findFirst().orElse(null);
    }

    public Report report() {
        return new Report(new ArrayList<>(findings), new ArrayList<>(unknown));
    }
}
