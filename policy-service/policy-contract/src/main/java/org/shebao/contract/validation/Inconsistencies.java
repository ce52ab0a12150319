package org.shebao.contract.validation;

import java.util.ArrayList;
import java.util.List;

/** Collects broken cross-field rules, each with the path of the field (relative to the checked value) it concerns. */
public final class Inconsistencies {

    public record Inconsistency(String field, String message) {
    }

    private final List<Inconsistency> found = new ArrayList<>();

    public void add(String field, String message) {
        found.add(new Inconsistency(field, message));
    }

    /** Reports {@code message} on {@code field} unless {@code rule} holds. */
    public void require(boolean rule, String field, String message) {
        if (!rule) {
            add(field, message);
        }
    }

    public List<Inconsistency> list() {
        return List.copyOf(found);
    }
}
