package dev.atlvs.core.notification;

/** How a notification reaches its user. In-app notifications need no delivery worker. */
public enum NotificationChannel {
    IN_APP, EMAIL, SMS, PUSH, SLACK
}
