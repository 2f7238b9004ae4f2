/**
 * The exceptions of the SDK. Every one is an {@link dev.atlvs.core.error.AtlvsException} with a stable
 * {@link dev.atlvs.core.error.ErrorCode} and an {@link dev.atlvs.core.error.ErrorCategory}:
 *
 * <pre>{@code
 * try {
 *     atlvs.platform().createOrganization(organization, ownerId);
 * } catch (DuplicateException e) {
 *     form.reject(e.fields());                      // ["slug"]
 * } catch (ValidationException e) {
 *     e.violations().forEach(v -> form.reject(v.field(), v.message()));
 * }
 * }</pre>
 */
package dev.atlvs.core.error;
