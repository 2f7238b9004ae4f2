package dev.atlvs.core.tag;

import dev.atlvs.core.AtlvsStyle;
import dev.atlvs.core.entity.EntityRef;
import dev.atlvs.core.repository.Db;
import dev.atlvs.core.repository.Table;
import dev.atlvs.core.repository.TenantEntity;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.util.UUID;
import org.immutables.value.Value;

/**
 * A tag put on a record of any registered entity type, at most once. It goes when the tag or the record
 * is deleted.
 */
@Value.Immutable
@AtlvsStyle
@Db.Table("taggings")
public interface Tagging extends TenantEntity {

    Table<Tagging, ImmutableTagging.Builder> TABLE = TaggingTable.TABLE;

    static ImmutableTagging.Builder builder() {
        return ImmutableTagging.builder();
    }

    @Db.Fixed
    UUID tagId();

    /** The type of the tagged record, a registered {@link dev.atlvs.core.entity.EntityType} name. */
    @Db.Fixed
    @NotNull
    @Pattern(regexp = "[a-z][a-z_]{0,62}", message = "must be a registered entity type such as location")
    String entityType();

    /** The tagged record. */
    @Db.Fixed
    UUID entityId();

    /** The tagged record, as a reference. */
    default EntityRef entity() {
        return new EntityRef(entityType(), entityId());
    }

    /** Builder contract the repository engine relies on. */
    interface Builder extends TenantEntity.Builder<Builder> {}
}
