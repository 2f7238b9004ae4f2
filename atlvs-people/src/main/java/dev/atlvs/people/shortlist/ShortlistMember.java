package dev.atlvs.people.shortlist;

import dev.atlvs.core.AtlvsStyle;
import dev.atlvs.core.repository.Db;
import dev.atlvs.core.repository.Table;
import dev.atlvs.core.repository.TenantEntity;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.immutables.value.Value;

/**
 * One candidate on a shortlist, and how far they got ({@link ShortlistMemberStatus#LIFECYCLE}). A person is on a
 * shortlist once; only an active person joins, and only an active shortlist. {@link #addedBy()} is the acting user
 * who added them, {@link #addedAt()} when.
 */
@Value.Immutable
@AtlvsStyle
@Db.Table("shortlist_members")
public interface ShortlistMember extends TenantEntity {

    Table<ShortlistMember, ImmutableShortlistMember.Builder> TABLE = ShortlistMemberTable.TABLE;

    static ImmutableShortlistMember.Builder builder() {
        return ImmutableShortlistMember.builder();
    }

    @Db.Fixed
    UUID shortlistId();

    @Db.Fixed
    UUID personId();

    @Db.Sortable
    @Value.Default
    default ShortlistMemberStatus status() {
        return ShortlistMemberStatus.CANDIDATE;
    }

    /** The member's place in the shortlist's ranking, 1 first. */
    Optional<@Positive Integer> rank();

    Optional<@Size(max = 4000) String> notes();

    /** The user who added the member. */
    @Db.Fixed
    Optional<UUID> addedBy();

    @Db.Fixed
    @Db.Sortable
    Instant addedAt();

    /** Builder contract the repository engine relies on. */
    interface Builder extends TenantEntity.Builder<Builder> {}
}
