package dev.atlvs.core.tag;

import static java.util.Objects.requireNonNull;

import dev.atlvs.core.CorePermissions;
import dev.atlvs.core.TenantTransaction;
import dev.atlvs.core.entity.EntityRef;
import dev.atlvs.core.entity.EntityType;
import dev.atlvs.core.entity.EntityTypes;
import dev.atlvs.core.error.DuplicateException;
import dev.atlvs.core.error.ReferenceMissingException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * Tags and tagging inside the caller's tenant transaction. Tag names are unique in the organization
 * ignoring case: a second "vip" next to "VIP" is a {@link DuplicateException} on field {@code name}.
 * Tagging a record twice with the same tag changes nothing; deleting a tag removes it from every record.
 *
 * <p>Permissions: {@link CorePermissions#TAGS_CREATE}, {@link CorePermissions#TAGS_UPDATE} and {@link CorePermissions#TAGS_DELETE} for tags; {@link CorePermissions#TAGGINGS_CREATE} to put a
 * tag on a record; removing it needs {@link CorePermissions#TAGGINGS_DELETE} unless the actor put it there; {@link CorePermissions#TAGS_READ} to read.
 */
public final class TagService {

    private static final String NAME_INDEX = "tags_name_unique";

    private final TenantTransaction tx;
    private final TagRepository tags;
    private final TaggingRepository taggings;

    public TagService(TenantTransaction tx) {
        this.tx = requireNonNull(tx, "tx is null");
        this.tags = tx.repository(TagRepository.class);
        this.taggings = tx.repository(TaggingRepository.class);
    }

    /** Creates a tag called {@code name}, without color. */
    public Tag create(String name) {
        return create(name, Optional.empty());
    }

    /**
     * Creates a tag called {@code name} with an optional {@code #RRGGBB} color.
     *
     * @throws dev.atlvs.core.error.ValidationException when the name is blank or longer than 64 characters, or
     *         the color is malformed
     * @throws DuplicateException (field {@code name}) when a tag has the same name ignoring case
     */
    public Tag create(String name, Optional<String> color) {
        requireNonNull(name, "name is null");
        requireNonNull(color, "color is null");
        tx.require(CorePermissions.TAGS_CREATE);
        Tag tag = tx.validate("Tag", Tag.builder().organizationId(tx.organizationId()).name(name).color(color).build());
        requireUniqueName(tag);
        return uniquely(() -> tags.insert(tag));
    }

    /** Renames tag {@code id}, provided it still has {@code version}. A change of case only is allowed. */
    public Tag rename(UUID id, long version, String name) {
        requireNonNull(id, "id is null");
        requireNonNull(name, "name is null");
        tx.require(CorePermissions.TAGS_UPDATE);
        Tag renamed = tx.validate("Tag", ImmutableTag.copyOf(tags.get(id)).withVersion(version).withName(name));
        requireUniqueName(renamed);
        return uniquely(() -> tags.update(renamed));
    }

    /** Gives tag {@code id} another color (or none), provided it still has {@code version}. */
    public Tag recolor(UUID id, long version, Optional<String> color) {
        requireNonNull(id, "id is null");
        requireNonNull(color, "color is null");
        tx.require(CorePermissions.TAGS_UPDATE);
        return tags.update(ImmutableTag.copyOf(tags.get(id)).withVersion(version).withColor(color));
    }

    /** Deletes tag {@code id} and removes it from every record. */
    public void delete(UUID id) {
        requireNonNull(id, "id is null");
        tx.require(CorePermissions.TAGS_DELETE);
        tags.delete(tags.get(id));
    }

    /** Every tag of the organization, by name. */
    public List<Tag> list() {
        tx.require(CorePermissions.TAGS_READ);
        return tags.all();
    }

    /**
     * Puts tag {@code tagId} on {@code target}; returns the tagging (the existing one when it was there already).
     *
     * @throws dev.atlvs.core.error.ValidationException when the entity type is not registered (field {@code entityType})
     * @throws ReferenceMissingException when the tag (field {@code tagId}) or the record (field {@code entityId})
     *         does not exist in this organization
     */
    public Tagging tag(EntityRef target, UUID tagId) {
        requireNonNull(target, "target is null");
        requireNonNull(tagId, "tagId is null");
        tx.require(CorePermissions.TAGGINGS_CREATE);
        Tagging tagging = tx.validate("Tagging", Tagging.builder()
                .organizationId(tx.organizationId())
                .tagId(tagId)
                .entityType(target.type())
                .entityId(target.id())
                .build());
        EntityType type = EntityTypes.require(target.type(), dev.atlvs.core.CoreRules.TAGGINGS_ENTITY_ID_TYPE);
        if (tags.find(tagId).isEmpty()) {
            throw new ReferenceMissingException("Tagging", "tagId", "taggings_tag_fkey", null);
        }
        type.requireLive(tx, target.id(), "Tagging", "taggings");
        return taggings.findTagging(tagId, target.type(), target.id()).orElseGet(() -> taggings.insert(tagging));
    }

    /** Takes tag {@code tagId} off {@code target}; returns whether it was on. */
    public boolean untag(EntityRef target, UUID tagId) {
        requireNonNull(target, "target is null");
        requireNonNull(tagId, "tagId is null");
        Optional<Tagging> tagging = taggings.findTagging(tagId, target.type(), target.id());
        if (tagging.isEmpty()) {
            return false;
        }
        if (!tagging.get().createdBy().map(tx.actorId()::equals).orElse(false)) {
            tx.require(CorePermissions.TAGGINGS_DELETE);
        }
        taggings.delete(tagging.get());
        return true;
    }

    /** The tags on {@code target}, by name. */
    public List<Tag> tagsOf(EntityRef target) {
        requireNonNull(target, "target is null");
        tx.require(CorePermissions.TAGS_READ);
        EntityTypes.require(target.type());
        return tags.ofEntity(target.type(), target.id());
    }

    /** The records tagged with {@code tagId}, the earliest tagged first. */
    public List<EntityRef> entitiesWith(UUID tagId) {
        requireNonNull(tagId, "tagId is null");
        tx.require(CorePermissions.TAGS_READ);
        tags.get(tagId);
        return taggings.withTag(tagId).stream().map(Tagging::entity).toList();
    }

    private void requireUniqueName(Tag tag) {
        Optional<Tag> sameName = tags.findByName(tag.name());
        if (sameName.isPresent() && !sameName.get().id().equals(tag.id())) {
            throw duplicateName(null);
        }
    }

    /** Runs {@code write}; a concurrent tag with the same name is reported on field {@code name} as well. */
    private Tag uniquely(Supplier<Tag> write) {
        try {
            return write.get();
        } catch (DuplicateException duplicate) {
            if (duplicate.fields().contains(NAME_INDEX) || duplicate.fields().contains("name")) {
                throw duplicateName(duplicate);
            }
            throw duplicate;
        }
    }

    private static DuplicateException duplicateName(Throwable cause) {
        return new DuplicateException("Tag", List.of("name"), NAME_INDEX, cause);
    }
}
