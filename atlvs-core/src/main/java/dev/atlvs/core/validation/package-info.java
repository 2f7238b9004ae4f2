/**
 * Validation of values before any SQL runs ({@link dev.atlvs.core.validation.Validation}, which every
 * module's services and the repository engine use), and the constraints of the SDK's own beside Jakarta
 * Validation's built-in ones.
 *
 * <pre>{@code
 * Optional<@NonBlank @Size(max = 255) String> externalId();
 *
 * @Db.Jsonb
 * @JsonObject                // a JSON object PostgreSQL stores as jsonb
 * String metadata();
 * }</pre>
 */
package dev.atlvs.core.validation;
