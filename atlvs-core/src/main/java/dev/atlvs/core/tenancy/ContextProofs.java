package dev.atlvs.core.tenancy;

import static java.util.Objects.requireNonNull;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.postgresql.PGConnection;

/**
 * Opens verified transaction contexts on plain JDBC connections: what {@link dev.atlvs.core.Atlvs} does at
 * the start of every transaction, for host code that works outside the SDK's transactions (and for test
 * harnesses). It is the one place that computes the proof {@code atlvs.begin_tenant_transaction} and
 * {@code atlvs.begin_system_transaction} check (see {@code V17__tenant_context.sql} of core for the
 * formats):
 *
 * <pre>
 * HMAC-SHA256(secret, "atlvs-" + kind + "-v1|" + tenant + "|" + actor + "|" + correlation + "|" + keyId + "|" + issuedAtMillis + "|" + backendPid)
 * </pre>
 *
 * <p>{@code kind} is {@code tenant} or {@code system}; absent values are empty. The proof binds the
 * database session (its backend process id, which pgjdbc knows without a round trip) and the time of
 * issue, which the database accepts within five minutes of its own clock: the wall clock, not the SDK's
 * business clock (which tests fix at any date).
 *
 * <pre>{@code
 * ContextProofs contexts = new ContextProofs(contextKey);
 * try (Connection connection = appDataSource.getConnection()) {
 *     connection.setAutoCommit(false);
 *     String membership = contexts.beginTenant(connection, organizationId, userId, null); // "active:owner", or null
 *     // ... statements under row-level security, as that member ...
 *     connection.commit();
 * }
 * }</pre>
 *
 * <p>Thread-safe.
 */
public final class ContextProofs {

    /** The kind of context of a member's tenant transaction. */
    public static final String TENANT = "tenant";

    /** The kind of context of a platform operation. */
    public static final String SYSTEM = "system";

    private static final String ALGORITHM = "HmacSHA256";
    private static final Clock WALL_CLOCK = Clock.systemUTC();
    private static final String BEGIN_TENANT = "select atlvs.begin_tenant_transaction(?, ?, ?, ?, ?, ?)";
    private static final String BEGIN_SYSTEM = "select atlvs.begin_system_transaction(?, ?, ?, ?, ?, ?)";

    private final ContextKey key;
    private final ThreadLocal<Mac> macs;

    /** Proofs made with {@code key}. */
    public ContextProofs(ContextKey key) {
        this.key = requireNonNull(key, "key is null");
        SecretKeySpec spec = new SecretKeySpec(key.secret(), ALGORITHM);
        this.macs = ThreadLocal.withInitial(() -> {
            try {
                Mac mac = Mac.getInstance(ALGORITHM);
                mac.init(spec);
                return mac;
            } catch (GeneralSecurityException impossible) {
                throw new IllegalStateException("HmacSHA256 is unavailable", impossible);
            }
        });
    }

    /** The key the proofs are made with. */
    public ContextKey key() {
        return key;
    }

    /**
     * The proof of opening a context of {@code kind} ({@link #TENANT} or {@link #SYSTEM}) with these
     * values on the session whose backend process id is {@code backendPid}, issued at {@code issuedAtMillis}
     * (Unix milliseconds).
     */
    public byte[] proof(String kind, UUID tenant, UUID actor, UUID correlation, long issuedAtMillis, int backendPid) {
        requireNonNull(kind, "kind is null");
        String message = "atlvs-" + kind + "-v1|" + text(tenant) + '|' + text(actor) + '|' + text(correlation) + '|' + key.id()
                + '|' + issuedAtMillis + '|' + backendPid;
        return macs.get().doFinal(message.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * Opens the tenant context of the transaction in progress on {@code connection} (auto-commit off) for
     * {@code actor} in {@code tenant}, in one round trip, and returns the actor's membership as
     * {@code status:role}, or null when the actor is no member. The context stays open only for an active
     * member.
     *
     * @throws SQLException SQLSTATE 42501 when the database refuses the proof
     */
    public String beginTenant(Connection connection, UUID tenant, UUID actor, UUID correlation) throws SQLException {
        requireNonNull(tenant, "tenant is null");
        requireNonNull(actor, "actor is null");
        try (PreparedStatement statement = connection.prepareStatement(BEGIN_TENANT)) {
            bind(statement, TENANT, backendPid(connection), tenant, actor, correlation);
            try (ResultSet row = statement.executeQuery()) {
                return row.next() ? row.getString(1) : null;
            }
        }
    }

    /**
     * Opens a platform context on the transaction in progress on {@code connection} (auto-commit off):
     * scoped to {@code tenant}, or to the platform tenant when it is null, with the optional
     * {@code actor} recorded on changes. No membership is checked.
     *
     * @throws SQLException SQLSTATE 42501 when the database refuses the proof
     */
    public void beginSystem(Connection connection, UUID tenant, UUID actor, UUID correlation) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(BEGIN_SYSTEM)) {
            bind(statement, SYSTEM, backendPid(connection), tenant, actor, correlation);
            statement.executeQuery().close();
        }
    }

    private void bind(PreparedStatement statement, String kind, int pid, UUID tenant, UUID actor, UUID correlation) throws SQLException {
        long issuedAt = WALL_CLOCK.millis();
        statement.setObject(1, tenant);
        statement.setObject(2, actor);
        statement.setObject(3, correlation);
        statement.setString(4, key.id());
        statement.setObject(5, OffsetDateTime.ofInstant(Instant.ofEpochMilli(issuedAt), ZoneOffset.UTC));
        statement.setBytes(6, proof(kind, tenant, actor, correlation, issuedAt, pid));
    }

    /**
     * The backend process id of {@code connection}'s session: from pgjdbc without a round trip when the
     * connection (or the pool's proxy around it) unwraps to a {@link PGConnection}, else queried.
     */
    public static int backendPid(Connection connection) throws SQLException {
        if (connection.isWrapperFor(PGConnection.class)) {
            return connection.unwrap(PGConnection.class).getBackendPID();
        }
        try (Statement statement = connection.createStatement(); ResultSet row = statement.executeQuery("select pg_backend_pid()")) {
            row.next();
            return row.getInt(1);
        }
    }

    private static String text(UUID value) {
        return value == null ? "" : value.toString();
    }
}
