package dev.atlvs.spring.actuate;

import static java.util.Objects.requireNonNull;

import dev.atlvs.core.Atlvs;
import dev.atlvs.core.error.AtlvsException;
import dev.atlvs.core.error.CoreErrorCode;
import dev.atlvs.core.migration.SchemaStatus;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.boot.actuate.health.AbstractHealthIndicator;
import org.springframework.boot.actuate.health.Health;

/**
 * The health of the SDK ({@code atlvs}): {@code UP} when the SDK can serve ({@link Atlvs#checkReady()}: a supported
 * server, every installed module's schema current, the run-time role's grants in place) and the run-time role is safe
 * (neither superuser nor {@code BYPASSRLS}); {@code DOWN} otherwise, with the setup error's {@code code}, its message
 * (what to run), and per module the {@code pending} and {@code failed} migration versions.
 */
public class AtlvsHealthIndicator extends AbstractHealthIndicator {

    private final Atlvs atlvs;

    /** An indicator over {@code atlvs}. */
    public AtlvsHealthIndicator(Atlvs atlvs) {
        super("the ATLVS schema status could not be read");
        this.atlvs = requireNonNull(atlvs, "atlvs is null");
    }

    @Override
    protected void doHealthCheck(Health.Builder builder) {
        SchemaStatus status;
        try {
            status = atlvs.checkReady();
        } catch (AtlvsException notReady) {
            builder.down().withDetail("code", notReady.code().name()).withDetail("error", notReady.getMessage());
            if (notReady.code() != CoreErrorCode.DATABASE_UNREACHABLE) {
                describe(builder, atlvs.schemaStatus());
            }
            return;
        }
        describe(builder, status);
        if (status.connectionRoleSafe()) {
            builder.up();
        } else {
            builder.down().withDetail("code", CoreErrorCode.UNSAFE_CONNECTION_ROLE.name()).withDetail("error", "the connection role "
                    + status.connectionRole() + " is a superuser or BYPASSRLS: row-level security does not apply to it");
        }
    }

    /** The server, the connection's role, and each module's version, with what is pending or failed. */
    private static void describe(Health.Builder builder, SchemaStatus status) {
        Map<String, String> versions = new LinkedHashMap<>();
        Map<String, List<String>> pending = new LinkedHashMap<>();
        Map<String, List<String>> failed = new LinkedHashMap<>();
        for (SchemaStatus.ModuleStatus module : status.modules()) {
            versions.put(module.name(), module.currentVersion().orElse("none"));
            if (!module.pending().isEmpty()) {
                pending.put(module.name(), module.pending());
            }
            if (!module.failed().isEmpty()) {
                failed.put(module.name(), module.failed());
            }
        }
        builder.withDetail("serverVersion", status.serverVersion())
                .withDetail("connectionRole", status.connectionRole())
                .withDetail("versions", versions);
        if (!pending.isEmpty()) {
            builder.withDetail("pending", pending);
        }
        if (!failed.isEmpty()) {
            builder.withDetail("failed", failed);
        }
    }
}
