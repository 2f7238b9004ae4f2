package dev.atlvs.core.tenancy;

import static java.util.Objects.requireNonNull;

import dev.atlvs.core.internal.Distribution;
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
import java.util.HexFormat;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.postgresql.PGConnection;

/**
 * Opens verified transaction contexts on plain JDBC connections: what {@link dev.atlvs.core.Atlvs} does at
 * the start of every transaction, for host code that works outside the SDK's transactions (and for test
 * harnesses). It is the one place that makes what the database accepts as the key holder's word (see
 * {@code V17__tenant_context.sql} and {@code V43__signed_tenant_openings.sql} of core for the formats):
 *
 * <ul>
 *   <li>A <em>signed context</em>, for a tenant opening on a single PostgreSQL server: the context setting itself,
 *       {@code kind:keyId:expiry:hex(HMAC-SHA256(secret, "atlvs-context-v1|" + kind + "|" + tenant + "|" + actor + "|"
 *       + correlation + "|" + keyId + "|" + expiry))}, expiry in Unix seconds ten minutes after the opening. One
 *       statement sets it with the tenant, actor and correlation id and reads the membership under the tenant
 *       policy, which verifies it: the opening costs a {@code set_config} and one verification.</li>
 *   <li>A <em>proof</em>, for platform openings and for every opening in a database distributed with Citus (whose shards see
 *       only {@code SET LOCAL} settings, which {@code atlvs.begin_tenant_transaction} and
 *       {@code atlvs.begin_system_transaction} issue): {@code HMAC-SHA256(secret, "atlvs-" + kind + "-v1|" + tenant +
 *       "|" + actor + "|" + correlation + "|" + keyId + "|" + issuedAtMillis + "|" + backendPid)}.</li>
 * </ul>
 *
 * <p>{@code kind} is {@code tenant} or {@code system}; absent values are empty. Either is accepted only from a host
 * whose wall clock (not the SDK's business clock, which tests fix at any date) is within five minutes of the
 * database's. A proof also binds the database session (its backend process id, which pgjdbc knows without a round
 * trip); a signed context does not, like the context that a proof opens: SQL running in the transaction can read
 * either from the settings and reuse it in another session until it expires, ten minutes after a signed opening and
 * one hour after the start of a proved one (README, "Threat model"). A signed context's expiry is checked against the
 * start of each transaction that uses it, so it never cuts short the transaction it was made for.
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
 * <p>Thread-safe. Whether a database is distributed with Citus is asked once per JDBC URL, on the first tenant opening
 * there.
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
    /**
     * The signed tenant opening. PostgreSQL evaluates the select list in order, and the membership sub-query (an
     * init plan) when its value is first needed: after the four settings, so that the tenant policy of
     * {@code organization_members} verifies the context just set. The last column says whether the host's clock
     * agrees with the database's.
     */
    private static final String ENTER_TENANT = "select set_config('atlvs.tenant_id', ?, true), set_config('atlvs.actor_id', ?, true),"
            + " set_config('atlvs.correlation_id', ?, true), set_config('atlvs.context', ?, true),"
            + " (select m.status || ':' || m.role from atlvs.organization_members m where m.organization_id = ? and m.user_id = ?),"
            + " abs(extract(epoch from clock_timestamp()) - ?) <= 300";
    private static final String SETTLE_TENANT = "select atlvs.settle_tenant_opening(?)";
    /**
     * How long a signed context verifies after its opening: the checks compare its expiry with the start of the
     * transaction ({@code now()}), so it bounds how long a copy of it can be replayed, never how long its own
     * transaction may run. Ten minutes: the five minutes the host's clock may differ from the database's, and five more.
     */
    public static final long CONTEXT_LIFETIME_SECONDS = 600;
    private static final HexFormat HEX = HexFormat.of();

    private final ContextKey key;
    private final ThreadLocal<Mac> macs;
    private final ConcurrentMap<String, Boolean> distributed = new ConcurrentHashMap<>();

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
     * The signed context of {@code kind} with these values, expiring at {@code expiresAtSeconds} (Unix seconds):
     * the value of the setting {@code atlvs.context} that {@code atlvs.current_tenant()} verifies. {@code tenant}
     * is the tenant itself (a platform context names the platform tenant).
     */
    public String context(String kind, UUID tenant, UUID actor, UUID correlation, long expiresAtSeconds) {
        requireNonNull(kind, "kind is null");
        requireNonNull(tenant, "tenant is null");
        String message = "atlvs-context-v1|" + kind + '|' + tenant + '|' + text(actor) + '|' + text(correlation) + '|' + key.id()
                + '|' + expiresAtSeconds;
        return kind + ':' + key.id() + ':' + expiresAtSeconds + ':'
                + HEX.formatHex(macs.get().doFinal(message.getBytes(StandardCharsets.UTF_8)));
    }

    /**
     * Opens the tenant context of the transaction in progress on {@code connection} (auto-commit off) for
     * {@code actor} in {@code tenant}, in one round trip, and returns the actor's membership as
     * {@code status:role}, or null when the actor is no member. The context stays open only for an active
     * member (closing it for anyone else takes a second round trip).
     *
     * @throws SQLException SQLSTATE 42501 when the database refuses the context (the message names why)
     */
    public String beginTenant(Connection connection, UUID tenant, UUID actor, UUID correlation) throws SQLException {
        requireNonNull(tenant, "tenant is null");
        requireNonNull(actor, "actor is null");
        if (distributed(connection)) {
            try (PreparedStatement statement = connection.prepareStatement(BEGIN_TENANT)) {
                bind(statement, TENANT, backendPid(connection), tenant, actor, correlation);
                try (ResultSet row = statement.executeQuery()) {
                    return row.next() ? row.getString(1) : null;
                }
            }
        }
        long issuedAt = WALL_CLOCK.millis();
        String membership;
        boolean clocksAgree;
        try (PreparedStatement statement = connection.prepareStatement(ENTER_TENANT)) {
            statement.setString(1, tenant.toString());
            statement.setString(2, actor.toString());
            statement.setString(3, text(correlation));
            statement.setString(4, context(TENANT, tenant, actor, correlation, issuedAt / 1000 + CONTEXT_LIFETIME_SECONDS));
            statement.setObject(5, tenant);
            statement.setObject(6, actor);
            statement.setLong(7, issuedAt / 1000);
            try (ResultSet row = statement.executeQuery()) {
                row.next();
                membership = row.getString(5);
                clocksAgree = row.getBoolean(6);
            }
        }
        if (membership == null || !membership.startsWith("active:") || !clocksAgree) {
            // Refuses a context that does not verify, or a host clock too far off, with the reason; else closes the context.
            try (PreparedStatement statement = connection.prepareStatement(SETTLE_TENANT)) {
                statement.setObject(1, issuedAt(issuedAt));
                statement.executeQuery().close();
            }
        }
        return membership;
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
        statement.setObject(5, issuedAt(issuedAt));
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

    /** Whether the database of {@code connection} is distributed with Citus ({@link Distribution}), asked once per JDBC URL. */
    private boolean distributed(Connection connection) throws SQLException {
        String url = connection.getMetaData().getURL();
        Boolean installed = distributed.get(url);
        if (installed == null) {
            installed = Distribution.citusInstalled(connection);
            distributed.put(url, installed);
        }
        return installed;
    }

    private static OffsetDateTime issuedAt(long millis) {
        return OffsetDateTime.ofInstant(Instant.ofEpochMilli(millis), ZoneOffset.UTC);
    }

    private static String text(UUID value) {
        return value == null ? "" : value.toString();
    }
}
