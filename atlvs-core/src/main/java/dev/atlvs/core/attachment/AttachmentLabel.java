package dev.atlvs.core.attachment;

/** What an attached file is to the record: a receipt, a contract, a stage plot, a certificate of insurance, ... */
public enum AttachmentLabel {
    RECEIPT, CONTRACT, STAGE_PLOT,
    /** A certificate of insurance. */
    COI,
    EVIDENCE, PHOTO, OTHER
}
