package dev.atlvs.core.entity;

import java.util.List;

/**
 * Lists the entity types of one module. Each module registers its catalog in
 * {@code META-INF/services/dev.atlvs.core.entity.EntityTypeCatalog}; a contract test checks the union
 * against the database's {@code atlvs.entity_types}.
 */
public interface EntityTypeCatalog {
    List<EntityType> entityTypes();
}
