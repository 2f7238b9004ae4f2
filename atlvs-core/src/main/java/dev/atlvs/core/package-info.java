/**
 * The entry point of the ATLVS SDK: {@link dev.atlvs.core.Atlvs}, its tenant transactions and the
 * platform API.
 *
 * <pre>{@code
 * Atlvs atlvs = Atlvs.builder(appDataSource).migrateAs(ownerDataSource, "atlvs_app").strict(true).build();
 * atlvs.migrate();
 * User maya = atlvs.platform().registerUser(User.builder().email("maya@example.com").displayName("Maya Okafor").build());
 * UUID org = atlvs.platform().createOrganization(
 *         Organization.builder().name("Northern Lights Festival").slug("northern-lights").build(), maya.id()).organization().id();
 * atlvs.useTenant(org, maya.id(), tx -> tx.require("core.locations.create"));
 * }</pre>
 */
package dev.atlvs.core;
