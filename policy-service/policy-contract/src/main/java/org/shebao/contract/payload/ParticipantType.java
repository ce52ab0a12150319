package org.shebao.contract.payload;

/** Who pays contributions. */
public enum ParticipantType {
    /** 职工: employed, the employer pays its share. */
    EMPLOYEE,
    /** 灵活就业人员: self-employed or flexible workers, who choose a base and pay everything themselves. */
    FLEXIBLE
}
