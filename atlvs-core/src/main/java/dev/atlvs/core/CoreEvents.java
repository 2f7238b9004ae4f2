package dev.atlvs.core;

/** The domain event types the core module publishes (see {@link dev.atlvs.core.event.DomainEvents}). */
public final class CoreEvents {
    /** A comment or reply was posted; payload: entityType, entityId, and parentId for a reply. */
    public static final String COMMENT_POSTED = "comment.posted";

    private CoreEvents() {}
}
