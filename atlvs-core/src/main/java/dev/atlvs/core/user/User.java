package dev.atlvs.core.user;

import dev.atlvs.core.AtlvsStyle;
import dev.atlvs.core.repository.Db;
import dev.atlvs.core.repository.Entity;
import dev.atlvs.core.repository.Table;
import dev.atlvs.core.validation.NonBlank;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The identity the host authenticates, shared by every organization the person belongs to. The SDK
 * keeps a reference to the host's identity ({@link #externalId()}), the email and a display name.
 * Users are anonymized on erasure, never deleted, so that actor stamps stay meaningful.
 */
@Value.Immutable
@AtlvsStyle
@Db.Table("users")
public interface User extends Entity {

    Table<User, ImmutableUser.Builder> TABLE = UserTable.TABLE;

    /** A builder for a new user. */
    static ImmutableUser.Builder builder() {
        return ImmutableUser.builder();
    }

    /** The subject of the host's identity provider, unique when present. */
    Optional<@NonBlank @Size(max = 255) String> externalId();

    /** The login email, stored in lower case. Unique. */
    @Db.Sensitive
    @Db.Sortable
    @NotBlank
    @Size(max = 254)
    @Email
    String email();

    @Db.Sensitive
    @Db.Sortable
    @NotBlank
    @Size(max = 200)
    String displayName();

    Optional<@Size(max = 2048) String> avatarUrl();

    /** A BCP 47 language tag such as {@code en} or {@code de-AT}. */
    Optional<@Pattern(regexp = "[a-z]{2,3}(-[A-Za-z0-9]{2,8})*", message = "must be a language tag such as en or de-AT") String> preferredLocale();

    Optional<@Size(min = 1, max = 64) String> timezone();

    @Value.Default
    default UserStatus status() {
        return UserStatus.ACTIVE;
    }

    Optional<Instant> anonymizedAt();

    /** Emails are case-insensitive: they are kept in lower case. */
    @Value.Check
    default User normalize() {
        String lower = email().toLowerCase(Locale.ROOT);
        return lower.equals(email()) ? this : ImmutableUser.copyOf(this).withEmail(lower);
    }

    /** Builder contract the repository engine relies on. */
    interface Builder extends Entity.Builder<Builder> {}
}
