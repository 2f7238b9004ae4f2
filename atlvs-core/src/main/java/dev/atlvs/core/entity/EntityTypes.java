package dev.atlvs.core.entity;

import dev.atlvs.core.error.ValidationException;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceLoader;

/** The closed registry of entity types declared by the modules on the class path. */
public final class EntityTypes {
    private static final Map<String, EntityType> BY_NAME = load();

    private EntityTypes() {}

    private static Map<String, EntityType> load() {
        Map<String, EntityType> types = new LinkedHashMap<>();
        for (EntityTypeCatalog catalog : ServiceLoader.load(EntityTypeCatalog.class, EntityTypes.class.getClassLoader())) {
            for (EntityType type : catalog.entityTypes()) {
                if (types.put(type.name(), type) != null) {
                    throw new IllegalStateException("entity type " + type.name() + " is declared twice");
                }
            }
        }
        return Map.copyOf(types);
    }

    /** Every registered type. */
    public static Collection<EntityType> all() {
        return BY_NAME.values();
    }

    /** The type called {@code name}, if registered. */
    public static Optional<EntityType> find(String name) {
        return name == null ? Optional.empty() : Optional.ofNullable(BY_NAME.get(name));
    }

    /** The type called {@code name}, or a validation error naming field {@code entityType}. */
    public static EntityType require(String name) {
        return find(name).orElseThrow(() -> ValidationException.of("EntityRef", "entityType", "EntityType",
                "is not a registered entity type"));
    }
}
