package dev.atlvs.cli;

import static java.util.Objects.requireNonNull;

import dev.atlvs.core.Atlvs;
import dev.atlvs.core.TenantWork;
import dev.atlvs.core.member.Member;
import dev.atlvs.core.member.MemberRole;
import dev.atlvs.core.module.FixtureOrganization;
import dev.atlvs.core.organization.Organization;
import dev.atlvs.core.user.User;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * An organization the seed writes into, for the modules' fixture builders: its users are registered through the SDK's
 * platform API and counted, so that the seed can say how many it created.
 */
final class DemoOrganization implements FixtureOrganization {

    private final Atlvs atlvs;
    private final Organization organization;
    private final User owner;
    private final Supplier<User> users;
    private int usersCreated = 1;

    DemoOrganization(Atlvs atlvs, Organization organization, User owner, Supplier<User> users) {
        this.atlvs = requireNonNull(atlvs, "atlvs is null");
        this.organization = requireNonNull(organization, "organization is null");
        this.owner = requireNonNull(owner, "owner is null");
        this.users = requireNonNull(users, "users is null");
    }

    @Override
    public UUID id() {
        return organization.id();
    }

    Organization organization() {
        return organization;
    }

    @Override
    public User owner() {
        return owner;
    }

    /** The users registered for this organization, its owner included. */
    int usersCreated() {
        return usersCreated;
    }

    @Override
    public User newUser() {
        usersCreated++;
        return users.get();
    }

    @Override
    public User addMember(MemberRole role) {
        User user = newUser();
        Member invited = atlvs.platform().inviteMember(id(), user.id(), role, owner.id());
        atlvs.platform().activateMember(id(), invited.id());
        return user;
    }

    @Override
    public <R> R as(User user, TenantWork<R> work) {
        return atlvs.inTenant(id(), user.id(), work);
    }
}
