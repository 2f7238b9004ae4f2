package dev.atlvs.testing;

import static java.util.Objects.requireNonNull;

import dev.atlvs.core.TenantWork;
import dev.atlvs.core.member.Member;
import dev.atlvs.core.member.MemberRole;
import dev.atlvs.core.module.FixtureOrganization;
import dev.atlvs.core.organization.Organization;
import dev.atlvs.core.user.User;
import java.util.UUID;

/** An organization created by {@link Fixtures}, with its owner and helpers to add members and act as them. */
public final class OrganizationFixture implements FixtureOrganization {
    private final Fixtures fixtures;
    private final Organization organization;
    private final User owner;
    private final Member ownerMembership;

    OrganizationFixture(Fixtures fixtures, Organization organization, User owner, Member ownerMembership) {
        this.fixtures = requireNonNull(fixtures, "fixtures is null");
        this.organization = requireNonNull(organization, "organization is null");
        this.owner = requireNonNull(owner, "owner is null");
        this.ownerMembership = requireNonNull(ownerMembership, "ownerMembership is null");
    }

    @Override
    public UUID id() {
        return organization.id();
    }

    public Organization organization() {
        return organization;
    }

    /** The first owner. */
    @Override
    public User owner() {
        return owner;
    }

    /** The first owner's membership. */
    public Member ownerMembership() {
        return ownerMembership;
    }

    /** A new registered user who is not (yet) a member of this organization. */
    @Override
    public User newUser() {
        return fixtures.user();
    }

    /** A new user who is an active member with {@code role}. */
    @Override
    public User addMember(MemberRole role) {
        User user = fixtures.user();
        Member invited = fixtures.atlvs().platform().inviteMember(id(), user.id(), role, owner.id());
        fixtures.atlvs().platform().activateMember(id(), invited.id());
        return user;
    }

    /** Runs {@code work} in a tenant transaction of this organization as {@code user}. */
    @Override
    public <R> R as(User user, TenantWork<R> work) {
        return fixtures.atlvs().inTenant(id(), user.id(), work);
    }

    /** Runs {@code work} in a tenant transaction of this organization as its owner. */
    @Override
    public <R> R asOwner(TenantWork<R> work) {
        return as(owner, work);
    }

    @Override
    public String toString() {
        return organization.name() + " (" + id() + ")";
    }
}
