package dev.atlvs.core.internal;

import static java.util.Objects.requireNonNull;

import dev.atlvs.core.Atlvs;
import java.time.Clock;
import java.util.UUID;
import java.util.function.Function;
import javax.sql.DataSource;
import org.jdbi.v3.core.Handle;

/**
 * The transactions of the SDK's own cross-tenant workers (API key lookup, event relay, change feed):
 * one with no tenant at all, which sees no tenant row and may only call the narrow security-definer
 * functions meant for it, and one scoped to an organization without a member check, in which row-level
 * security applies as in any tenant transaction. Not for host code.
 */
public interface SystemTransactions {

    /** A transaction with no tenant set. */
    <R> R withoutTenant(Function<Handle, R> work);

    /** A transaction scoped to {@code organizationId}, with no acting user. */
    <R> R inOrganization(UUID organizationId, Function<Handle, R> work);

    /** The SDK's clock. */
    Clock clock();

    /** The run-time pool. */
    DataSource dataSource();

    /** Reaches the system transactions of an {@link Atlvs} from the SDK's other packages. */
    final class Access {
        private static volatile Function<Atlvs, SystemTransactions> bridge;

        private Access() {}

        /** Called once by {@link Atlvs}. */
        public static void install(Function<Atlvs, SystemTransactions> newBridge) {
            bridge = requireNonNull(newBridge, "newBridge is null");
        }

        /** The system transactions of {@code atlvs}. */
        public static SystemTransactions of(Atlvs atlvs) {
            requireNonNull(atlvs, "atlvs is null");
            if (bridge == null) {
                try {
                    Class.forName(Atlvs.class.getName(), true, Atlvs.class.getClassLoader());
                } catch (ClassNotFoundException impossible) {
                    throw new IllegalStateException(impossible);
                }
            }
            return bridge.apply(atlvs);
        }
    }
}
