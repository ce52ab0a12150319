package org.shebao.contract.payload;

/**
 * Where care happens relative to the insured person's 统筹区 (pooling area): in it, elsewhere in the same province
 * (省内异地, provincial rules), or in another province (跨省, the national rules of 医保发〔2022〕22号).
 */
public enum CareScope {
    LOCAL,
    WITHIN_PROVINCE,
    CROSS_PROVINCE
}
