package dev.atlvs.people.shortlist;

import dev.atlvs.core.AtlvsStyle;
import dev.atlvs.core.repository.Db;
import dev.atlvs.core.repository.Table;
import dev.atlvs.core.repository.TenantEntity;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;
import org.immutables.value.Value;

/**
 * A curated candidate list for a crew role, usually on a project, such as "LD candidates - Q3 tour". Its status
 * follows {@link ShortlistStatus#LIFECYCLE}; members join only while it is active, and at most
 * {@link #targetCount()} of them are selected. The project may be deleted (the shortlist then stays without one);
 * the role may not (roles in use are archived).
 */
@Value.Immutable
@AtlvsStyle
@Db.Table("people_shortlists")
public interface Shortlist extends TenantEntity {

    Table<Shortlist, ImmutableShortlist.Builder> TABLE = ShortlistTable.TABLE;

    static ImmutableShortlist.Builder builder() {
        return ImmutableShortlist.builder();
    }

    @Db.Sortable
    @NotBlank
    @Size(max = 200)
    String name();

    Optional<@Size(max = 4000) String> description();

    /** The project the shortlist recruits for. */
    Optional<UUID> projectId();

    /** The crew role the shortlist recruits for. */
    Optional<UUID> roleId();

    @Db.Sortable
    @Value.Default
    default ShortlistStatus status() {
        return ShortlistStatus.ACTIVE;
    }

    /** How many members are to be selected; no limit when empty. */
    Optional<@Positive Integer> targetCount();

    /** The date by which the selection is needed. */
    Optional<LocalDate> neededBy();

    /** Builder contract the repository engine relies on. */
    interface Builder extends TenantEntity.Builder<Builder> {}
}
