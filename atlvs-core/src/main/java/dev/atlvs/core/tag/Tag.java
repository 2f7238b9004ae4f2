package dev.atlvs.core.tag;

import dev.atlvs.core.AtlvsStyle;
import dev.atlvs.core.repository.Db;
import dev.atlvs.core.repository.Table;
import dev.atlvs.core.repository.TenantEntity;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A label of the organization, such as "VIP" or "Load-in critical", put on records of any registered
 * entity type through {@link Tagging}s. Names are unique in the organization whatever their case.
 */
@Value.Immutable
@AtlvsStyle
@Db.Table("tags")
public interface Tag extends TenantEntity {

    Table<Tag, ImmutableTag.Builder> TABLE = TagTable.TABLE;

    static ImmutableTag.Builder builder() {
        return ImmutableTag.builder();
    }

    /** The name, 1 to 64 characters, not blank; unique in the organization ignoring case. */
    @Db.Sortable
    @NotBlank
    @Size(max = 64)
    String name();

    /** The display color as {@code #RRGGBB}. */
    Optional<@Pattern(regexp = "#[0-9A-Fa-f]{6}", message = "must be a color as #RRGGBB") String> color();

    /** Builder contract the repository engine relies on. */
    interface Builder extends TenantEntity.Builder<Builder> {}
}
