package dev.atlvs.core.apikey;

import dev.atlvs.core.AtlvsStyle;
import dev.atlvs.core.repository.ColumnType;
import dev.atlvs.core.repository.Table;
import dev.atlvs.core.repository.TenantEntity;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.immutables.value.Value;

/**
 * A machine credential of one member: requests made with it act as that member, bounded by its
 * {@link #scopes()}. Only the SHA-256 of the key is stored; the key itself is shown once, when it is
 * issued ({@link ApiKeyService#issue}). A key is usable until it expires or is revoked.
 */
@Value.Immutable
@AtlvsStyle
public interface ApiKey extends TenantEntity {

    Table<ApiKey, ImmutableApiKey.Builder> TABLE = Table
            .tenant("api_keys", ApiKey.class, ImmutableApiKey::builder, ImmutableApiKey.Builder::build)
            .column("user_id", ColumnType.UUID_TYPE, ApiKey::userId, ImmutableApiKey.Builder::userId).fixed()
            .column("name", ColumnType.TEXT, ApiKey::name, ImmutableApiKey.Builder::name).sortable()
            .column("key_prefix", ColumnType.TEXT, ApiKey::keyPrefix, ImmutableApiKey.Builder::keyPrefix).fixed()
            .column("key_hash", ColumnType.TEXT, ApiKey::keyHash, ImmutableApiKey.Builder::keyHash).fixed().sensitive()
            .column("scopes", ColumnType.TEXT_ARRAY, ApiKey::scopes, ImmutableApiKey.Builder::scopes)
            .optional("expires_at", ColumnType.TIMESTAMPTZ, ApiKey::expiresAt, ImmutableApiKey.Builder::expiresAt)
            .optional("last_used_at", ColumnType.TIMESTAMPTZ, ApiKey::lastUsedAt, ImmutableApiKey.Builder::lastUsedAt)
            .optional("revoked_at", ColumnType.TIMESTAMPTZ, ApiKey::revokedAt, ImmutableApiKey.Builder::revokedAt)
            .build();

    static ImmutableApiKey.Builder builder() {
        return ImmutableApiKey.builder();
    }

    /** The member the key acts as. */
    UUID userId();

    /** A name for people, e.g. "Ticketing sync". */
    @NotBlank
    @Size(max = 100)
    String name();

    /** The displayed start of the key, {@code atlvs_} and 16 base32 characters; unique. */
    @Pattern(regexp = "atlvs_[a-z2-7]{16}", message = "must be atlvs_ and 16 base32 characters")
    String keyPrefix();

    /** The SHA-256 of the whole key, in hex. Never the key. */
    @Pattern(regexp = "[0-9a-f]{64}", message = "must be a SHA-256 in hex")
    @Value.Redacted
    String keyHash();

    /** Permission patterns that bound what the key may do, e.g. {@code projects.*} or {@code finance.invoices.read}. */
    @Size(min = 1, max = 100)
    List<@Pattern(regexp = "\\*|[a-z][a-z_]*(\\.([a-z][a-z_]*|\\*)){0,2}", message = "must be a permission pattern") String> scopes();

    /** When the key stops working, if ever. */
    Optional<Instant> expiresAt();

    /** When the key was last used to authenticate (recorded at most once a minute). */
    Optional<Instant> lastUsedAt();

    /** When the key was revoked; a revoked key never works again. */
    Optional<Instant> revokedAt();

    /** Whether the key works at {@code now}. */
    default boolean isUsableAt(Instant now) {
        return revokedAt().isEmpty() && expiresAt().map(now::isBefore).orElse(true);
    }

    /** Builder contract the repository engine relies on. */
    interface Builder extends TenantEntity.Builder<Builder> {}
}
