package org.shebao.calcservice.calc.medical;

/** Regions set the years needed for lifetime medical benefits by gender. */
public enum Gender {
    MALE,
    FEMALE
}
