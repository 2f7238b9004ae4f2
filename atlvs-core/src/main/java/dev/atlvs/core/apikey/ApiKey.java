package dev.atlvs.core.apikey;

import dev.atlvs.core.AtlvsStyle;
import dev.atlvs.core.repository.Db;
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
@Db.Table("api_keys")
public interface ApiKey extends TenantEntity {

    Table<ApiKey, ImmutableApiKey.Builder> TABLE = ApiKeyTable.TABLE;

    static ImmutableApiKey.Builder builder() {
        return ImmutableApiKey.builder();
    }

    /** The member the key acts as. */
    @Db.Fixed
    UUID userId();

    /** A name for people, e.g. "Ticketing sync". */
    @Db.Sortable
    @NotBlank
    @Size(max = 100)
    String name();

    /** The displayed start of the key, {@code atlvs_} and 16 base32 characters; unique. */
    @Db.Fixed
    @Pattern(regexp = "atlvs_[a-z2-7]{16}", message = "must be atlvs_ and 16 base32 characters")
    String keyPrefix();

    /** The SHA-256 of the whole key, in hex. Never the key. */
    @Db.Fixed
    @Db.Sensitive
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
