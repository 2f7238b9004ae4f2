package dev.atlvs.pipeline.workforce.onboarding;

/**
 * What an onboarding task is about: documentation (contract, tax form, emergency contact), training (site induction, the
 * role's competencies), equipment (PPE, radio), access (credentials, wristband) or compliance (right to work, the role's
 * certifications).
 */
public enum TaskCategory {
    DOCUMENTATION, TRAINING, EQUIPMENT, ACCESS, COMPLIANCE
}
