package org.shebao.calcservice.calc;

import java.util.Objects;

/**
 * One thing an answer must say: a stable {@link StatusCode}, the field it concerns (a path in the answer's result or
 * the request, e.g. {@code lines[1].employerRate}, {@code workInjuryRate}; null when it concerns the whole answer) and
 * the same sentence in Chinese and English.
 */
public record Finding(StatusCode code, String field, String zh, String en) {

    public Finding {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(zh, "zh");
        Objects.requireNonNull(en, "en");
    }

    /** The same finding about a field nested under {@code prefix} (e.g. {@code months[0].}). */
    Finding under(String prefix) {
        return field == null ? this : new Finding(code, prefix + field, zh, en);
    }
}
