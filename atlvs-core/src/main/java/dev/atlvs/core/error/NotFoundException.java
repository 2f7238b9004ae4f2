package dev.atlvs.core.error;

import java.util.UUID;

/** The addressed record does not exist, or is not visible to the current tenant. */
public class NotFoundException extends AtlvsException {
    private static final long serialVersionUID = 1L;

    private final String entity;

    public NotFoundException(ErrorCode code, String entity, String message) {
        super(code, message);
        this.entity = entity;
    }

    /** A record of {@code entity} with this id was not found. */
    public static NotFoundException of(String entity, UUID id) {
        return new NotFoundException(CoreErrorCode.NOT_FOUND, entity, entity + " " + id + " was not found");
    }

    /** The entity (table) that was looked up. */
    public String entity() {
        return entity;
    }
}
