package dev.atlvs.projects.milestone;

/** What a milestone marks (the former project activations are kickoff, phase start, delivery and closure). */
public enum MilestoneType {
    KICKOFF, PHASE_START, MILESTONE, DELIVERY, CLOSURE
}
