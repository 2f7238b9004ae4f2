package dev.atlvs.core;

import static java.util.Objects.requireNonNull;

import dev.atlvs.core.member.Member;
import dev.atlvs.core.member.MemberRepository;
import dev.atlvs.core.member.MemberRole;
import dev.atlvs.core.member.MemberStatus;
import dev.atlvs.core.member.Memberships;
import dev.atlvs.core.organization.Organization;
import dev.atlvs.core.repository.internal.Engine;
import dev.atlvs.core.user.User;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

/**
 * Operations that span tenants and therefore never run in a tenant transaction: registering users,
 * creating organizations with their first owner, and membership administration by the host platform
 * (no member permission is checked here; hosts expose these to their own operators only). Each call is
 * its own transaction. A user who is deleted or anonymized between the check and the write is still
 * caught by the foreign key (a {@link dev.atlvs.core.error.ReferenceMissingException}).
 */
public final class Platform {
    private final Atlvs atlvs;

    Platform(Atlvs atlvs) {
        this.atlvs = requireNonNull(atlvs, "atlvs is null");
    }

    /** An organization and its first owner's membership. */
    public record CreatedOrganization(Organization organization, Member owner) {}

    /** Registers a user identity; the email must be unused. */
    public User registerUser(User user) {
        return atlvs.inSystem(null, null, handle -> Engine.insert(handle, User.TABLE, user));
    }

    /**
     * Writes {@code user} over the stored identity, provided nobody changed it since {@code user.version()}.
     * Changes are audited under the platform tenant, with email and display name redacted.
     */
    public User updateUser(User user) {
        return atlvs.inSystem(null, null, handle -> Engine.update(handle, User.TABLE, user));
    }

    /**
     * Erases a user's personal data: the identity is anonymized (never deleted, so actor stamps keep
     * pointing somewhere) and the sealed values of its audit history are removed. Idempotent.
     */
    public User anonymizeUser(UUID id) {
        // The database returns the anonymized user: on a distributed database the caller cannot read back in the same
        // transaction what the erasure (with the owner's rights) changed.
        return atlvs.inSystem(null, null, handle -> handle.createQuery("select * from atlvs.anonymize_user(:id)")
                .bind("id", id)
                .mapTo(User.class)
                .one());
    }

    /** The user with {@code id}. */
    public User getUser(UUID id) {
        return atlvs.inSystem(null, null, handle -> Engine.get(handle, User.TABLE, id));
    }

    /** The user registered with {@code email} (case-insensitive). */
    public Optional<User> findUserByEmail(String email) {
        String normalized = requireNonNull(email, "email is null").toLowerCase(Locale.ROOT);
        return atlvs.inSystem(null, null, handle -> handle
                .createQuery("select * from atlvs.users where email = :email")
                .bind("email", normalized)
                .mapTo(User.class)
                .findOne());
    }

    /** Creates {@code organization} with {@code ownerUserId} as its first active owner, in one transaction. */
    public CreatedOrganization createOrganization(Organization organization, UUID ownerUserId) {
        requireNonNull(ownerUserId, "ownerUserId is null");
        getUser(ownerUserId);
        return atlvs.inSystem(organization.id(), ownerUserId, handle -> {
            Organization stored = Engine.insert(handle, Organization.TABLE, organization);
            Member owner = new Memberships(handle.attach(MemberRepository.class))
                    .admit(stored.id(), ownerUserId, MemberRole.OWNER, atlvs.clock().instant());
            return new CreatedOrganization(stored, owner);
        });
    }

    /** The organization with {@code id}. */
    public Organization getOrganization(UUID id) {
        return atlvs.inSystem(id, null, handle -> Engine.get(handle, Organization.TABLE, id));
    }

    /**
     * Changes {@code organization} as the platform: its descriptive fields, plan and limits, and its retention
     * settings ({@link Organization#auditLogRetentionDays()}, {@link Organization#webhookLogRetentionDays()}). The
     * version it carries is the optimistic lock; returns the stored organization.
     */
    public Organization updateOrganization(Organization organization) {
        requireNonNull(organization, "organization is null");
        return atlvs.inSystem(organization.id(), null, handle -> Engine.update(handle, Organization.TABLE, organization));
    }

    /** Invites a registered user into an organization. */
    public Member inviteMember(UUID organizationId, UUID userId, MemberRole role, UUID invitedBy) {
        getUser(userId);
        return atlvs.inSystem(organizationId, invitedBy,
                handle -> memberships(handle).invite(organizationId, userId, role, invitedBy, atlvs.clock().instant()));
    }

    /** Activates a membership (an accepted invitation, or the end of a suspension). */
    public Member activateMember(UUID organizationId, UUID memberId) {
        return transition(organizationId, memberId, MemberStatus.ACTIVE);
    }

    public Member suspendMember(UUID organizationId, UUID memberId) {
        return transition(organizationId, memberId, MemberStatus.SUSPENDED);
    }

    public Member removeMember(UUID organizationId, UUID memberId) {
        return transition(organizationId, memberId, MemberStatus.REMOVED);
    }

    /** Changes the base role of a membership. The last active owner cannot be demoted. */
    public Member changeRole(UUID organizationId, UUID memberId, MemberRole role) {
        return atlvs.inSystem(organizationId, null, handle -> memberships(handle).changeRole(memberId, role));
    }

    /**
     * Moves the encrypted columns of {@code table} in one organization to the current keys: every value made by
     * an older key of the {@link dev.atlvs.core.crypto.FieldKeys} keysets is decrypted and encrypted again with
     * the primary key, and its blind index recomputed, {@code batchSize} rows per transaction (each row is locked
     * while it is rewritten, so concurrent edits are never lost; they may meet a newer version). Run it after
     * adding a new primary key; once it returns 0 for every organization, the old keys can leave the keysets.
     * Returns how many rows were rewritten.
     */
    public long reencrypt(UUID organizationId, dev.atlvs.core.repository.Table<?, ?> table, int batchSize) {
        requireNonNull(organizationId, "organizationId is null");
        requireNonNull(table, "table is null");
        if (batchSize < 1 || batchSize > 10_000) {
            throw new IllegalArgumentException("batchSize must be between 1 and 10000");
        }
        long total = 0;
        while (true) {
            int rewritten = atlvs.inSystem(organizationId, null, handle -> Engine.reencryptBatch(handle, table, batchSize));
            total += rewritten;
            if (rewritten < batchSize) {
                return total;
            }
        }
    }

    private Member transition(UUID organizationId, UUID memberId, MemberStatus target) {
        return atlvs.inSystem(organizationId, null,
                handle -> memberships(handle).transition(memberId, target, atlvs.clock().instant()));
    }

    private static Memberships memberships(org.jdbi.v3.core.Handle handle) {
        return new Memberships(handle.attach(MemberRepository.class));
    }
}
