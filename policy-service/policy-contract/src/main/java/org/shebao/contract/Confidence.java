package org.shebao.contract;

/**
 * How far a published figure can be trusted. Answers that rest on anything below {@link #OFFICIAL} say so.
 */
public enum Confidence {
    /** The official wording was seen (document number, URL and a verbatim quote are recorded). */
    OFFICIAL,
    /** Only third-party material (calculators, public data sets) corroborates it; a quote of that material is recorded. */
    THIRD_PARTY,
    /** Derived by a stated rule from other figures (e.g. 60 % of a published average wage); the derivation is recorded. */
    ESTIMATE
}
