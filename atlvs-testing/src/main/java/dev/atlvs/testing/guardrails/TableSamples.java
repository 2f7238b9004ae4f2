package dev.atlvs.testing.guardrails;

import dev.atlvs.core.location.Location;
import dev.atlvs.core.location.LocationRepository;
import dev.atlvs.core.location.LocationType;
import dev.atlvs.core.permission.CustomRole;
import dev.atlvs.core.permission.CustomRoleRepository;
import dev.atlvs.core.permission.UserPermission;
import dev.atlvs.core.permission.UserPermissionRepository;
import dev.atlvs.core.permission.UserRole;
import dev.atlvs.core.permission.UserRoleRepository;
import dev.atlvs.core.profile.UserProfile;
import dev.atlvs.core.profile.UserProfileRepository;
import dev.atlvs.testing.OrganizationFixture;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;

/**
 * One sample row per tenant table, written through the SDK into a given organization, so that the
 * generated suites can probe every table. A module that adds a tenant table adds its sample here; the
 * suites fail for a registered table without one.
 */
public final class TableSamples {

    private static final Map<String, Function<OrganizationFixture, UUID>> SAMPLES = Map.of(
            "organizations", OrganizationFixture::id,
            "organization_members", org -> org.ownerMembership().id(),
            "custom_roles", TableSamples::customRole,
            "user_roles", org -> org.asOwner(tx -> tx.repository(UserRoleRepository.class).insert(UserRole.builder()
                    .organizationId(org.id()).userId(org.owner().id()).roleId(customRole(org)).grantedAt(tx.now()).build()).id()),
            "user_permissions", org -> org.asOwner(tx -> tx.repository(UserPermissionRepository.class).insert(UserPermission.builder()
                    .organizationId(org.id()).userId(org.owner().id()).permission("core.locations.export").grantedAt(tx.now()).build()).id()),
            "user_profiles", org -> org.asOwner(tx -> tx.repository(UserProfileRepository.class).insert(UserProfile.builder()
                    .organizationId(org.id()).userId(org.owner().id()).jobTitle("Production Manager").city("Berlin").country("DE").build()).id()),
            "locations", org -> org.asOwner(tx -> tx.repository(LocationRepository.class).insert(Location.builder()
                    .organizationId(org.id()).name("Main Stage").type(LocationType.VENUE).city("Berlin").country("DE").build()).id()));

    private TableSamples() {}

    /** The tables that have a sample. */
    public static List<String> tables() {
        return List.copyOf(SAMPLES.keySet());
    }

    /** Writes a sample row of {@code table} into {@code organization} and returns its id. */
    public static Optional<UUID> insert(String table, OrganizationFixture organization) {
        return Optional.ofNullable(SAMPLES.get(table)).map(sample -> sample.apply(organization));
    }

    private static UUID customRole(OrganizationFixture org) {
        return org.asOwner(tx -> tx.repository(CustomRoleRepository.class).insert(CustomRole.builder()
                .organizationId(org.id()).name("Site Lead " + UUID.randomUUID().toString().substring(0, 8))
                .addPermissions("projects.tasks.*", "core.locations.read").build()).id());
    }
}
