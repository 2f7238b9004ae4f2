/**
 * The entity-relationship diagrams under {@code docs/erd} against the migrated schema: the drift test, the proof
 * that it notices an added column, and the {@code atlvs erd} command.
 */
package dev.atlvs.docs.erd;
