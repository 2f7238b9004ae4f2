package dev.atlvs.pipeline.sales.contact;

/** The part a contact plays in a buying decision. */
public enum DealRole {
    DECISION_MAKER, INFLUENCER, CHAMPION, BLOCKER, USER, PROCUREMENT
}
