package dev.atlvs.core.notification;

import dev.atlvs.core.repository.Db;
import dev.atlvs.core.validation.JsonObject;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * What a notification says and how it is delivered, with its rules: shared by the request a service
 * sends ({@link NotificationRequest}) and the stored notification ({@link Notification}).
 */
public interface NotificationContent {

    /** The format of {@link #type()}: dotted lower-case words, e.g. {@code comment.mention}. */
    String TYPE_PATTERN = "[a-z][a-z0-9_]*(\\.[a-z][a-z0-9_]*)+";

    /** The event, as dotted lower-case words such as {@code comment.mention}; part of the merge key. */
    @Db.Fixed
    @Db.Sortable
    @Size(max = 100)
    @Pattern(regexp = TYPE_PATTERN, message = "must be dotted lower-case words such as comment.mention")
    String type();

    @NotBlank
    @Size(max = 200)
    String title();

    Optional<@Size(max = 4000) String> body();

    /** Where the user goes to act on the notification (the original application's href or action_url). */
    Optional<@Size(max = 2048) String> link();

    @Db.Fixed
    @Value.Default
    default NotificationChannel channel() {
        return NotificationChannel.IN_APP;
    }

    @Value.Default
    default NotificationPriority priority() {
        return NotificationPriority.MEDIUM;
    }

    /** Free-form JSON object for the host's templates and deep links. */
    @Db.Jsonb
    @Value.Default
    @Size(max = 16_000)
    @JsonObject
    default String data() {
        return "{}";
    }
}
