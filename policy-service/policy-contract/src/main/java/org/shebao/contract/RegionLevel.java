package org.shebao.contract;

/** Where a region sits in the tree that policy resolution walks: county → city → province → nation. */
public enum RegionLevel {
    /** The pseudo-region 100000 (全国) that holds national rules. */
    NATIONAL,
    /** 省级: province, autonomous region or 直辖市. */
    PROVINCE,
    /** 地级: usually a pooling area (统筹区); in 直辖市 the 市辖区/县 grouping of the 行政区划代码. */
    CITY,
    /** 县级: district (区), county (县) or county-level city (县级市); served by its city's or province's policy. */
    COUNTY;

    /** The level a region's parent has. */
    public RegionLevel parentLevel() {
        return switch (this) {
            case NATIONAL -> null;
            case PROVINCE -> NATIONAL;
            case CITY -> PROVINCE;
            case COUNTY -> CITY;
        };
    }
}
