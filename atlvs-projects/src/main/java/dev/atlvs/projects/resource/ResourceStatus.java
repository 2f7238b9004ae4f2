package dev.atlvs.projects.resource;

/** How firm a resource booking is. Only confirmed bookings count against capacity. */
public enum ResourceStatus {
    TENTATIVE, CONFIRMED, RELEASED
}
