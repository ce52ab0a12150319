package org.shebao.contract;

/** Where a region sits in the tree that policy resolution walks: city → province → nation. */
public enum RegionLevel {
    /** The pseudo-region 100000 (全国) that holds national rules. */
    NATIONAL,
    PROVINCE,
    /** A pooling area (统筹区), usually a prefecture-level city. */
    CITY
}
