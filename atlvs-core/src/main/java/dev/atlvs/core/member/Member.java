package dev.atlvs.core.member;

import dev.atlvs.core.AtlvsStyle;
import dev.atlvs.core.repository.Db;
import dev.atlvs.core.repository.Table;
import dev.atlvs.core.repository.TenantEntity;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.immutables.value.Value;

/** A user's seat in an organization, with a base access role and a lifecycle status. */
@Value.Immutable
@AtlvsStyle
@Db.Table("organization_members")
public interface Member extends TenantEntity {

    Table<Member, ImmutableMember.Builder> TABLE = MemberTable.TABLE;

    static ImmutableMember.Builder builder() {
        return ImmutableMember.builder();
    }

    /** The member's user. */
    @Db.Fixed
    UUID userId();

    @Db.Sortable
    MemberRole role();

    @Db.Sortable
    MemberStatus status();

    Optional<@Size(max = 200) String> title();

    Optional<@Size(max = 200) String> department();

    Optional<UUID> invitedBy();

    Optional<Instant> invitedAt();

    /** When the member first became active. */
    Optional<Instant> joinedAt();

    Optional<Instant> lastActiveAt();

    /** Whether the member is active. */
    default boolean isActive() {
        return status() == MemberStatus.ACTIVE;
    }

    /** Builder contract the repository engine relies on. */
    interface Builder extends TenantEntity.Builder<Builder> {}
}
