package org.shebao.contract.validation;

/** A value with rules that span several of its fields. Checks skip null fields: field constraints report those. */
public interface ConsistencyChecked {

    void checkConsistency(Inconsistencies found);
}
