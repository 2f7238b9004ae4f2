package dev.atlvs.core.error;

import java.util.List;

/** A record with the same unique key already exists. {@link #fields()} names the key's fields. */
public class DuplicateException extends ConflictException {
    private static final long serialVersionUID = 1L;

    private final String entity;
    private final List<String> fields;

    public DuplicateException(String entity, List<String> fields, String constraint, Throwable cause) {
        super(CoreErrorCode.DUPLICATE, String.join(",", fields),
                entity + " with the same " + String.join(", ", fields) + " already exists (" + constraint + ")", cause);
        this.entity = entity;
        this.fields = List.copyOf(fields);
    }

    /** The entity (table) that holds the duplicate. */
    public String entity() {
        return entity;
    }

    /** The fields of the unique key, as Java property names, without the tenant key. */
    public List<String> fields() {
        return fields;
    }
}
