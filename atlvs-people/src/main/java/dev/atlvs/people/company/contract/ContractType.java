package dev.atlvs.people.company.contract;

/** The kind of agreement: a master services agreement, a statement of work under one, an NDA, and so on. */
public enum ContractType {
    /** A master services agreement: the frame, optionally with a cap on the values of its SOWs. */
    MSA,
    /** A statement of work under an MSA of the same company. */
    SOW,
    NDA, SERVICE_AGREEMENT, PURCHASE_ORDER, OTHER
}
