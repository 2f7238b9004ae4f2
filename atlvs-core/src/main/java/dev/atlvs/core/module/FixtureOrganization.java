package dev.atlvs.core.module;

import dev.atlvs.core.TenantWork;
import dev.atlvs.core.member.MemberRole;
import dev.atlvs.core.user.User;
import java.util.UUID;

/**
 * An organization that test data is written into: its id, its first owner, and the means to add users
 * and act as them. {@code atlvs-testing} implements it for every organization it creates; the fixture
 * builders and guardrail samples of each module take it, so they depend on the core only.
 */
public interface FixtureOrganization {

    /** The organization's id. */
    UUID id();

    /** The first owner. */
    User owner();

    /** A new registered user who is not (yet) a member of this organization. */
    User newUser();

    /** A new user who is an active member with {@code role}. */
    User addMember(MemberRole role);

    /** Runs {@code work} in a tenant transaction of this organization as {@code user}. */
    <R> R as(User user, TenantWork<R> work);

    /** Runs {@code work} in a tenant transaction of this organization as its owner. */
    default <R> R asOwner(TenantWork<R> work) {
        return as(owner(), work);
    }
}
