package dev.atlvs.core.notification;

import dev.atlvs.core.AtlvsStyle;
import dev.atlvs.core.entity.EntityRef;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
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
public interface NotificationRequest {

    static ImmutableNotificationRequest.Builder builder() {
        return ImmutableNotificationRequest.builder();
    }

    /** The event, as dotted lower-case words such as {@code comment.mention}; part of the merge key. */
    @Size(max = 100)
    @Pattern(regexp = Notification.TYPE_PATTERN, message = "must be dotted lower-case words such as comment.mention")
    String type();

    @NotBlank
    @Size(max = 200)
    String title();

    Optional<@Size(max = 4000) String> body();

    Optional<@Size(max = 2048) String> link();

    /** The record the notification is about, of a registered entity type; part of the merge key. */
    Optional<EntityRef> entity();

    @Value.Default
    default NotificationChannel channel() {
        return NotificationChannel.IN_APP;
    }

    @Value.Default
    default NotificationPriority priority() {
        return NotificationPriority.MEDIUM;
    }

    /** Free-form JSON object for the host's templates. */
    @Value.Default
    @Size(max = 16_000)
    @Pattern(regexp = Notification.JSON_OBJECT_PATTERN, message = "must be a JSON object")
    default String data() {
        return "{}";
    }
}
