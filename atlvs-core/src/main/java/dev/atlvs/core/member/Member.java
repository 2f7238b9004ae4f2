package dev.atlvs.core.member;

import dev.atlvs.core.AtlvsStyle;
import dev.atlvs.core.repository.ColumnType;
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
public interface Member extends TenantEntity {

    Table<Member, ImmutableMember.Builder> TABLE = Table
            .tenant("organization_members", Member.class, ImmutableMember::builder, ImmutableMember.Builder::build)
            .column("user_id", ColumnType.UUID_TYPE, Member::userId, ImmutableMember.Builder::userId).fixed()
            .column("role", ColumnType.enumeration(MemberRole.class), Member::role, ImmutableMember.Builder::role).sortable()
            .column("status", ColumnType.enumeration(MemberStatus.class), Member::status, ImmutableMember.Builder::status).sortable()
            .optional("title", ColumnType.TEXT, Member::title, ImmutableMember.Builder::title)
            .optional("department", ColumnType.TEXT, Member::department, ImmutableMember.Builder::department)
            .optional("invited_by", ColumnType.UUID_TYPE, Member::invitedBy, ImmutableMember.Builder::invitedBy)
            .optional("invited_at", ColumnType.TIMESTAMPTZ, Member::invitedAt, ImmutableMember.Builder::invitedAt)
            .optional("joined_at", ColumnType.TIMESTAMPTZ, Member::joinedAt, ImmutableMember.Builder::joinedAt)
            .optional("last_active_at", ColumnType.TIMESTAMPTZ, Member::lastActiveAt, ImmutableMember.Builder::lastActiveAt)
            .build();

    static ImmutableMember.Builder builder() {
        return ImmutableMember.builder();
    }

    /** The member's user. */
    UUID userId();

    MemberRole role();

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
