package dev.atlvs.people.company.contract;

import dev.atlvs.core.lifecycle.Lifecycle;
import dev.atlvs.people.PeopleErrorCode;

/**
 * The L-CONTRACT lifecycle: draft → pending (sent for signature) → active (signed), or back to draft; an active
 * contract expires (by date), is terminated, or is renewed (a successor is created, {@link ContractService#renew});
 * an expired one may still be renewed late. Terminated and renewed are final.
 */
public enum ContractStatus {
    DRAFT, PENDING, ACTIVE, EXPIRED, TERMINATED, RENEWED;

    /** The transition table; a refused move is {@link PeopleErrorCode#CONTRACT_TRANSITION_INVALID}. */
    public static final Lifecycle<CompanyContract, ContractStatus> LIFECYCLE = Lifecycle.of(ContractStatus.class, CompanyContract::status)
            .entity("contract").table("company_contracts").code(PeopleErrorCode.CONTRACT_TRANSITION_INVALID)
            .initial(DRAFT)
            .allow(DRAFT, PENDING)
            .allow(PENDING, ACTIVE, DRAFT)
            .allow(ACTIVE, EXPIRED, TERMINATED, RENEWED)
            .allow(EXPIRED, RENEWED)
            .build();

    /** Whether the contract binds the parties: active. */
    public boolean inForce() {
        return this == ACTIVE;
    }
}
