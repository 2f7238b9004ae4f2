package dev.atlvs.core.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.atlvs.core.Atlvs;
import dev.atlvs.core.error.NotFoundException;
import dev.atlvs.core.user.ImmutableUser;
import dev.atlvs.core.user.User;
import dev.atlvs.core.user.UserStatus;
import dev.atlvs.testing.Fixtures;
import dev.atlvs.testing.SqlContext;
import dev.atlvs.testing.TestDatabase;
import dev.atlvs.testing.junit.AtlvsTest;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Platform changes to users are audited under the platform tenant, and erasure leaves no personal data behind. */
@AtlvsTest
class UserErasureTest {

    @Test
    void updatingAUserWritesOneRedactedAuditRow(Atlvs atlvs, Fixtures fixtures, TestDatabase database) throws SQLException {
        User user = fixtures.user();

        atlvs.platform().updateUser(ImmutableUser.copyOf(user).withDisplayName("Maya O.").withPreferredLocale("nb"));

        List<String> rows = platformAudit(database, user.id(),
                "select action || ' ' || changed_fields::text || ' ' || redacted_fields::text || ' ' || new_values::text");
        assertThat(rows).hasSize(2);
        assertThat(rows.get(0)).startsWith("insert {} {display_name,email} {").contains("\"email\": null", "\"display_name\": null");
        assertThat(rows.get(1))
                .isEqualTo("update {display_name,preferred_locale} {display_name} {\"display_name\": null, \"preferred_locale\": \"nb\"}");
        assertThat(String.join("\n", rows)).doesNotContain(user.email()).doesNotContain("Maya O.");
    }

    @Test
    void anonymizingAUserErasesItsIdentityAndItsSealedHistory(Atlvs atlvs, Fixtures fixtures, TestDatabase database) throws SQLException {
        User user = fixtures.user();
        atlvs.platform().updateUser(ImmutableUser.copyOf(user).withDisplayName("Renamed Person"));
        assertThat(sealedValuesMentioning(database, user.email())).as("sealed before erasure").isPositive();
        assertThat(sealedValuesMentioning(database, "Renamed Person")).as("sealed before erasure").isPositive();

        User anonymized = atlvs.platform().anonymizeUser(user.id());
        User again = atlvs.platform().anonymizeUser(user.id());

        assertThat(anonymized.status()).isEqualTo(UserStatus.ANONYMIZED);
        assertThat(anonymized.email()).isEqualTo("anonymized+" + user.id() + "@invalid.example");
        assertThat(anonymized.displayName()).isEqualTo("Anonymized user");
        assertThat(anonymized.anonymizedAt()).isPresent();
        assertThat(again).isEqualTo(anonymized);
        assertThat(sealedValuesMentioning(database, user.email())).isZero();
        assertThat(sealedValuesMentioning(database, "Renamed Person")).isZero();
        assertThat(atlvs.platform().findUserByEmail(user.email())).isEmpty();
    }

    @Test
    void anonymizingAnUnknownUserIsNotFound(Atlvs atlvs) {
        assertThatThrownBy(() -> atlvs.platform().anonymizeUser(UUID.randomUUID())).isInstanceOf(NotFoundException.class);
    }

    private static List<String> platformAudit(TestDatabase database, UUID user, String select) throws SQLException {
        try (Connection connection = database.appDataSource().getConnection(); Statement statement = connection.createStatement()) {
            connection.setAutoCommit(false);
            SqlContext.of(database).platform(connection);
            List<String> rows = new ArrayList<>();
            try (ResultSet result = statement.executeQuery(select + " from atlvs.audit_logs where table_name = 'users' and record_id = '"
                    + user + "' order by sequence")) {
                while (result.next()) {
                    rows.add(result.getString(1));
                }
            }
            connection.rollback();
            return rows;
        }
    }

    /** Sealed values anywhere that contain {@code text}, counted as the server administrator. */
    private static long sealedValuesMentioning(TestDatabase database, String text) throws SQLException {
        try (Connection connection = database.adminDataSource().getConnection(); Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("select count(*) from atlvs.audit_sealed_values where old_values::text like '%"
                        + text.replace("'", "''") + "%' or new_values::text like '%" + text.replace("'", "''") + "%'")) {
            rows.next();
            return rows.getLong(1);
        }
    }
}
