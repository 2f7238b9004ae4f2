package dev.atlvs.core.notification;

/**
 * How urgent a notification is, from least to most urgent (the declaration order is the order of
 * urgency). The original application's {@code urgent} maps to {@link #CRITICAL}.
 */
public enum NotificationPriority {
    NONE, LOW, MEDIUM, HIGH, CRITICAL;

    /** The more urgent of this priority and {@code other}. */
    public NotificationPriority atLeast(NotificationPriority other) {
        return other.compareTo(this) > 0 ? other : this;
    }
}
