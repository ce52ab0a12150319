package org.shebao.calcservice.calc.medical;

/** 住院 or 门诊. */
public enum VisitType {
    INPATIENT,
    OUTPATIENT
}
