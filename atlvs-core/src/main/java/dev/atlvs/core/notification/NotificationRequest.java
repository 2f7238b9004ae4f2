package dev.atlvs.core.notification;

import dev.atlvs.core.AtlvsStyle;
import dev.atlvs.core.entity.EntityRef;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * What to tell the recipients of {@link NotificationService#notify}: the event type, the text, where to
 * go, the record it is about, and how to deliver it.
 *
 * <pre>{@code
 * NotificationRequest mention = NotificationRequest.builder()
 *         .type("comment.mention")
 *         .title("Dana mentioned you on Main Stage")
 *         .link("/locations/" + stageId + "#comments")
 *         .entity(EntityTypes.require("location").ref(stageId))
 *         .build();
 * }</pre>
 */
@Value.Immutable
@AtlvsStyle
public interface NotificationRequest extends NotificationContent {

    static ImmutableNotificationRequest.Builder builder() {
        return ImmutableNotificationRequest.builder();
    }

    /** The record the notification is about, of a registered entity type; part of the merge key. */
    Optional<EntityRef> entity();
}
