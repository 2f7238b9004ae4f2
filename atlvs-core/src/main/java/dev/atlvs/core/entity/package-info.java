/**
 * Polymorphic references: the closed registry of {@link dev.atlvs.core.entity.EntityType}s and
 * {@link dev.atlvs.core.entity.EntityRef}, used by comments, attachments, tags and notifications.
 *
 * <pre>{@code
 * EntityRef stage = EntityTypes.require("location").ref(stageId);
 * }</pre>
 */
package dev.atlvs.core.entity;
