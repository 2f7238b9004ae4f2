package dev.atlvs.programming.lineup;

/** How a slot is billed on the poster: the headliner, a support act, the opener or a guest. */
public enum Billing {
    HEADLINER, SUPPORT, OPENER, GUEST
}
