package org.shebao.contract.payload;

/** The kind of post a woman retires from, which decides her 原法定退休年龄. */
public enum JobPosition {
    /** 管理岗位、专业技术岗位 (原"干部"). */
    MANAGEMENT_OR_TECHNICAL,
    /** 生产岗位、工勤岗位 (原"工人"). */
    PRODUCTION,
    /** 灵活就业人员: no post; the region's rule decides. */
    FLEXIBLE
}
