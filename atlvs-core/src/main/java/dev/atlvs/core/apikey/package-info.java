/**
 * API keys: machine credentials of a member, shown once, stored as a hash, bounded by scopes.
 *
 * <pre>{@code
 * IssuedApiKey issued = atlvs.inTenant(org, maya, tx -> new ApiKeyService(tx)
 *         .issue("Ticketing sync", Set.of("projects.*.read"), Optional.of(now.plus(Duration.ofDays(90)))));
 * show(issued.secret());                                   // once; only its SHA-256 is stored
 *
 * ApiKeyPrincipal principal = atlvs.apiKeys().authenticate(presentedKey);
 * atlvs.inTenant(principal, tx -> tx.require("projects.projects.read"));   // the member's permissions within the scopes
 * }</pre>
 */
package dev.atlvs.core.apikey;
