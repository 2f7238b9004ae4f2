package dev.atlvs.core.error;

/** The input points at a record that does not exist in the current tenant. */
public class ReferenceMissingException extends AtlvsException {
    private static final long serialVersionUID = 1L;

    private final String field;

    public ReferenceMissingException(String entity, String field, String constraint, Throwable cause) {
        super(CoreErrorCode.REFERENCE_MISSING,
                entity + "." + field + " refers to a record that does not exist in this organization (" + constraint + ")", cause);
        this.field = field;
    }

    /** The referencing field, as a Java property name. */
    public String field() {
        return field;
    }
}
