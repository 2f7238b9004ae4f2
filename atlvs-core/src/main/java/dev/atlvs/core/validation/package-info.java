/**
 * Constraints of the SDK's own, beside Jakarta Validation's built-in ones.
 *
 * <pre>{@code
 * Optional<@NonBlank @Size(max = 255) String> externalId();
 * }</pre>
 */
package dev.atlvs.core.validation;
