package dev.atlvs.pipeline.workforce.onboarding;

import dev.atlvs.core.TenantTransaction;
import java.util.UUID;

/** Raw SQL shared by the onboarding and advancing tests. */
public final class Rules {

    private Rules() {}

    /** Runs {@code statement} with {@code :id} bound to {@code id}. */
    public static int sql(TenantTransaction tx, String statement, UUID id) {
        return tx.handle().createUpdate(statement).bind("id", id).execute();
    }
}
