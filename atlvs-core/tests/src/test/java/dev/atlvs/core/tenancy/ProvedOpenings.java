package dev.atlvs.core.tenancy;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

/** Calls the proved openings of the database ({@code atlvs.begin_<kind>_transaction}) with a proof given as is. */
final class ProvedOpenings {

    private ProvedOpenings() {}

    /** Opens a context of {@code kind} ({@code tenant} or {@code system}); returns what the function returns (a membership, or null). */
    static String begin(Connection connection, String kind, UUID tenant, UUID actor, String keyId, byte[] proof, long issuedAtMillis)
            throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement("select atlvs.begin_" + kind + "_transaction(?, ?, ?, ?, ?, ?)::text")) {
            statement.setObject(1, tenant);
            statement.setObject(2, actor);
            statement.setObject(3, null, Types.OTHER);
            statement.setString(4, keyId);
            statement.setObject(5, OffsetDateTime.ofInstant(Instant.ofEpochMilli(issuedAtMillis), ZoneOffset.UTC));
            statement.setBytes(6, proof);
            try (ResultSet row = statement.executeQuery()) {
                row.next();
                return row.getString(1);
            }
        }
    }
}
