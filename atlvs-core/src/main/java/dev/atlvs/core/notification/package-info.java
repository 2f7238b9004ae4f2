/**
 * Notifications: per-member messages about events, optionally about one record, with unread state,
 * dismissal, delivery state and merging of repeats within {@link NotificationService#MERGE_WINDOW}.
 *
 * <pre>{@code
 * // another module (here: a comment with mentions) notifies the mentioned members
 * new NotificationService(tx).notify(mentionedUserIds, NotificationRequest.builder()
 *         .type("comment.mention").title("Dana mentioned you on Main Stage")
 *         .entity(EntityTypes.require("location").ref(stageId)).build());
 *
 * // the acting user's inbox
 * NotificationService inbox = new NotificationService(tx);
 * long badge = inbox.unreadCount();
 * List<Notification> latest = inbox.unread();
 * inbox.markRead(latest.get(0).id());
 * Page<Notification> all = inbox.page(PageRequest.sortedBy("createdAt").descending());
 * }</pre>
 */
package dev.atlvs.core.notification;
