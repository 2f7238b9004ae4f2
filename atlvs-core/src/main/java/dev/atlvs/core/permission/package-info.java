/**
 * Permissions: effective permissions are the base role's patterns, plus unexpired custom-role
 * assignments, plus unexpired direct grants; grants scoped to a record apply to it only.
 *
 * <pre>{@code
 * CustomRole approver = tx.repository(CustomRoleRepository.class).insert(CustomRole.builder()
 *         .organizationId(tx.organizationId()).name("Finance Approver").addPermissions("finance.invoices.*").build());
 * tx.require("finance.invoices.approve");   // AccessDeniedException naming the permission when missing
 * }</pre>
 */
package dev.atlvs.core.permission;
