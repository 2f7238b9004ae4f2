package dev.atlvs.core.entity;

import dev.atlvs.core.error.ValidationException;
import dev.atlvs.core.module.AtlvsModules;
import java.util.Collection;
import java.util.Optional;

/** The closed registry of entity types declared by the modules on the class path ({@link AtlvsModules#installed()}). */
public final class EntityTypes {
    private EntityTypes() {}

    /** Every registered type. */
    public static Collection<EntityType> all() {
        return AtlvsModules.installed().entityTypes().values();
    }

    /** The type called {@code name}, if registered. */
    public static Optional<EntityType> find(String name) {
        return name == null ? Optional.empty() : Optional.ofNullable(AtlvsModules.installed().entityTypes().get(name));
    }

    /**
     * The type called {@code name}, or the exception of {@code rule}: the registered rule of the table that would
     * link to it, such as {@link dev.atlvs.core.CoreRules#COMMENTS_ENTITY_ID_TYPE}, which the database holds as well.
     */
    public static EntityType require(String name, dev.atlvs.core.error.Rule rule) {
        return find(name).orElseThrow(rule::exception);
    }

    /** The type called {@code name}, or a validation error naming field {@code entityType}. */
    public static EntityType require(String name) {
        return find(name).orElseThrow(() -> ValidationException.of("EntityRef", "entityType", "EntityType",
                "is not a registered entity type"));
    }
}
