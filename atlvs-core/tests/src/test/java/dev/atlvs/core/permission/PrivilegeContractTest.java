package dev.atlvs.core.permission;

import static org.assertj.core.api.Assertions.assertThat;

import dev.atlvs.core.member.MemberRole;
import dev.atlvs.testing.TestDatabase;
import dev.atlvs.testing.junit.AtlvsTest;
import dev.atlvs.testing.property.Gen;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The database decides who may change roles and grants with the same permission logic as the SDK: the base roles'
 * patterns ({@code atlvs.member_role_permissions} and {@link MemberRole#permissions()}) and whether one pattern covers
 * another ({@code atlvs.permission_covers} and {@link PermissionSet#patternCovers(String, String)}) agree on every input.
 */
@AtlvsTest
class PrivilegeContractTest {

    /** Pairs compared per run; the seed is printed when they disagree. */
    private static final int PAIRS = 4_000;

    @Test
    void everyBaseRoleGrantsTheSamePatternsInTheDatabase(TestDatabase database) throws SQLException {
        try (Connection connection = database.appDataSource().getConnection();
             PreparedStatement query = connection.prepareStatement("select atlvs.member_role_permissions(?)")) {
            for (MemberRole role : MemberRole.values()) {
                query.setString(1, role.name().toLowerCase(java.util.Locale.ROOT));
                try (ResultSet row = query.executeQuery()) {
                    row.next();
                    assertThat(Set.of((String[]) row.getArray(1).getArray())).as(role.name()).isEqualTo(role.permissions());
                }
            }
        }
    }

    @Test
    void theDatabaseAndTheSdkAgreeOnWhichPatternCoversWhich(TestDatabase database) throws SQLException {
        long seed = System.nanoTime();
        Gen gen = new Gen(seed);
        List<String> held = new ArrayList<>();
        List<String> wanted = new ArrayList<>();
        for (int i = 0; i < PAIRS; i++) {
            held.add(pattern(gen));
            wanted.add(pattern(gen));
        }
        try (Connection connection = database.appDataSource().getConnection();
             PreparedStatement query = connection.prepareStatement(
                     "select atlvs.permission_covers(h, w) from unnest(?::text[], ?::text[]) with ordinality as p(h, w, n) order by n")) {
            Array heldArray = connection.createArrayOf("text", held.toArray());
            Array wantedArray = connection.createArrayOf("text", wanted.toArray());
            query.setArray(1, heldArray);
            query.setArray(2, wantedArray);
            try (ResultSet rows = query.executeQuery()) {
                for (int i = 0; i < PAIRS; i++) {
                    rows.next();
                    assertThat(rows.getBoolean(1))
                            .as("covers(%s, %s), seed %d (replay with new Gen(seed))", held.get(i), wanted.get(i), seed)
                            .isEqualTo(PermissionSet.patternCovers(held.get(i), wanted.get(i)));
                }
            }
        }
    }

    @Test
    void aCoveringPatternMatchesEveryPermissionTheCoveredOneMatches() {
        long seed = System.nanoTime();
        Gen gen = new Gen(seed);
        for (int i = 0; i < PAIRS; i++) {
            String held = pattern(gen);
            String wanted = pattern(gen);
            String permission = permission(gen);
            if (PermissionSet.patternCovers(held, wanted) && matches(wanted, permission)) {
                assertThat(matches(held, permission))
                        .as("%s covers %s, which grants %s; seed %d", held, wanted, permission, seed)
                        .isTrue();
            }
        }
    }

    /** Whether a set holding {@code pattern} alone allows {@code permission} (reserved permissions included). */
    private static boolean matches(String pattern, String permission) {
        return new PermissionSet(Set.of(pattern), java.util.Map.of()).allows(permission);
    }

    /** A pattern of one to four parts over a tiny alphabet, wildcards, or a reserved permission. */
    private static String pattern(Gen gen) {
        if (gen.chance(0.05)) {
            return "*";
        }
        if (gen.chance(0.08)) {
            return gen.oneOf("core.owners.manage", "core.organization.delete", "core.owners.*", "core.*", "*.*.manage");
        }
        List<String> parts = gen.listOf(1, 4, () -> gen.chance(0.35) ? "*" : gen.oneOf("a", "b"));
        return String.join(".", parts);
    }

    private static String permission(Gen gen) {
        if (gen.chance(0.1)) {
            return gen.oneOf("core.owners.manage", "core.organization.delete");
        }
        return gen.oneOf("a", "b", "core") + "." + gen.oneOf("a", "b", "owners") + "." + gen.oneOf("a", "b", "manage");
    }
}
