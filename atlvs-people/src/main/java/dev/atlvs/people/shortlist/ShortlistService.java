package dev.atlvs.people.shortlist;

import static java.util.Objects.requireNonNull;

import dev.atlvs.core.TenantTransaction;
import dev.atlvs.core.error.ConflictException;
import dev.atlvs.core.event.DomainEvents;
import dev.atlvs.people.PeopleErrorCode;
import dev.atlvs.people.PeoplePermissions;
import dev.atlvs.people.PeopleRules;
import dev.atlvs.people.person.PersonService;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Shortlists and their funnel: creating a shortlist, adding candidates (active people, to an active shortlist),
 * moving them through {@link ShortlistMemberStatus#LIFECYCLE}, selecting within the target count, closing, reopening
 * and archiving, and the {@link ShortlistFunnel} report. Every rule is checked here first and held by the database
 * whatever writes the rows; a refused operation writes nothing.
 *
 * <p>Selecting a member publishes {@link ShortlistEvents#MEMBER_SELECTED} in the same transaction: the hook for an
 * assignment offer.
 *
 * <pre>{@code
 * ShortlistService shortlists = new ShortlistService(tx);
 * Shortlist lds = shortlists.create(Shortlist.builder().organizationId(tx.organizationId()).name("LD candidates - Q3 tour")
 *         .roleId(lightingDesigner.id()).targetCount(2).neededBy(LocalDate.of(2026, 6, 1)).build());
 * ShortlistMember ana = shortlists.addCandidate(lds.id(), anaId, Optional.of(1), Optional.empty());
 * shortlists.move(ana.id(), ShortlistMemberStatus.INTERVIEWED);
 * shortlists.select(ana.id());
 * ShortlistFunnel funnel = shortlists.funnel(lds.id());
 * }</pre>
 */
public final class ShortlistService {
    private final TenantTransaction tx;

    public ShortlistService(TenantTransaction tx) {
        this.tx = requireNonNull(tx, "tx is null");
    }

    /** Creates a shortlist (active unless the value says otherwise). */
    public Shortlist create(Shortlist shortlist) {
        requireNonNull(shortlist, "shortlist is null");
        tx.require(PeoplePermissions.SHORTLISTS_MANAGE);
        return shortlists().insert(shortlist);
    }

    /**
     * Adds a person to a shortlist as a candidate, recording the acting user and the time.
     *
     * @throws ConflictException {@link PeopleErrorCode#SHORTLIST_NOT_ACTIVE} (field {@code shortlistId}) unless the
     *         shortlist is active; {@link PeopleErrorCode#PERSON_NOT_ASSIGNABLE} (field {@code personId}) unless the
     *         person may take on work
     * @throws dev.atlvs.core.error.DuplicateException (fields {@code shortlistId}, {@code personId}) when the person is on it already
     */
    public ShortlistMember addCandidate(UUID shortlistId, UUID personId, Optional<Integer> rank, Optional<String> notes) {
        requireNonNull(shortlistId, "shortlistId is null");
        requireNonNull(personId, "personId is null");
        tx.require(PeoplePermissions.SHORTLISTS_MANAGE);
        Shortlist shortlist = shortlists().get(shortlistId);
        if (shortlist.status() != ShortlistStatus.ACTIVE) {
            throw PeopleRules.SHORTLIST_MEMBERS_SHORTLIST_ACTIVE.exception();
        }
        try {
            new PersonService(tx).requireAssignable(personId);
        } catch (ConflictException notAssignable) {
            if (notAssignable.code() != PeopleErrorCode.PERSON_NOT_ASSIGNABLE) {
                throw notAssignable;
            }
            throw PeopleRules.SHORTLIST_MEMBERS_PERSON_ASSIGNABLE.exception(notAssignable);
        }
        return members().insert(ShortlistMember.builder().organizationId(tx.organizationId()).shortlistId(shortlistId)
                .personId(personId).rank(rank).notes(notes).addedBy(tx.actorId()).addedAt(tx.now()).build());
    }

    /**
     * Moves a member to another stage, as {@link ShortlistMemberStatus#LIFECYCLE} allows; a move to selected is
     * {@link #select(UUID)}.
     *
     * @throws ConflictException {@link PeopleErrorCode#SHORTLIST_MEMBER_TRANSITION_INVALID} for a move the lifecycle refuses
     */
    public ShortlistMember move(UUID memberId, ShortlistMemberStatus target) {
        requireNonNull(memberId, "memberId is null");
        requireNonNull(target, "target is null");
        if (target == ShortlistMemberStatus.SELECTED) {
            return select(memberId);
        }
        tx.require(PeoplePermissions.SHORTLISTS_MANAGE);
        ShortlistMember member = ShortlistMemberStatus.LIFECYCLE.require(members().get(memberId), target);
        return members().update(ImmutableShortlistMember.copyOf(member).withStatus(target));
    }

    /**
     * Selects a member (from interviewed or offered) and publishes {@link ShortlistEvents#MEMBER_SELECTED}.
     *
     * @throws ConflictException {@link PeopleErrorCode#SHORTLIST_TARGET_REACHED} (field {@code status}, rule
     *         {@code shortlist_members_selected_target}) when the shortlist has selected its target count already;
     *         {@link PeopleErrorCode#SHORTLIST_MEMBER_TRANSITION_INVALID} for a move the lifecycle refuses
     */
    public ShortlistMember select(UUID memberId) {
        requireNonNull(memberId, "memberId is null");
        tx.require(PeoplePermissions.SHORTLISTS_MANAGE);
        ShortlistMember member = ShortlistMemberStatus.LIFECYCLE.require(members().get(memberId), ShortlistMemberStatus.SELECTED);
        Shortlist shortlist = shortlists().get(member.shortlistId());
        if (shortlist.targetCount().isPresent() && members().countSelected(shortlist.id()) >= shortlist.targetCount().get()) {
            throw PeopleRules.SHORTLIST_MEMBERS_SELECTED_TARGET.exception();
        }
        ShortlistMember selected = members().update(ImmutableShortlistMember.copyOf(member).withStatus(ShortlistMemberStatus.SELECTED));
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("memberId", selected.id());
        payload.put("personId", selected.personId());
        shortlist.projectId().ifPresent(project -> payload.put("projectId", project));
        shortlist.roleId().ifPresent(role -> payload.put("roleId", role));
        new DomainEvents(tx).append(ShortlistEvents.AGGREGATE, shortlist.id(), ShortlistEvents.MEMBER_SELECTED, payload);
        return selected;
    }

    /**
     * Changes a shortlist's target count (empty: no limit).
     *
     * @throws ConflictException {@link PeopleErrorCode#SHORTLIST_TARGET_REACHED} (field {@code targetCount}, rule
     *         {@code people_shortlists_target_selected}) when it would be below the members selected already
     */
    public Shortlist changeTarget(UUID shortlistId, Optional<Integer> targetCount) {
        requireNonNull(shortlistId, "shortlistId is null");
        requireNonNull(targetCount, "targetCount is null");
        tx.require(PeoplePermissions.SHORTLISTS_MANAGE);
        Shortlist shortlist = tx.validate("Shortlist", ImmutableShortlist.copyOf(shortlists().get(shortlistId)).withTargetCount(targetCount));
        if (targetCount.isPresent() && members().countSelected(shortlistId) > targetCount.get()) {
            throw PeopleRules.PEOPLE_SHORTLISTS_TARGET_SELECTED.exception();
        }
        return shortlists().update(shortlist);
    }

    /** Closes an active shortlist: no member joins it any more. */
    public Shortlist close(UUID shortlistId) {
        return changeStatus(shortlistId, ShortlistStatus.CLOSED);
    }

    /** Reopens a closed shortlist. */
    public Shortlist reopen(UUID shortlistId) {
        return changeStatus(shortlistId, ShortlistStatus.ACTIVE);
    }

    /** Archives a closed shortlist; archived is final. */
    public Shortlist archive(UUID shortlistId) {
        return changeStatus(shortlistId, ShortlistStatus.ARCHIVED);
    }

    /**
     * Moves a shortlist to another status, as {@link ShortlistStatus#LIFECYCLE} allows.
     *
     * @throws ConflictException {@link PeopleErrorCode#SHORTLIST_TRANSITION_INVALID} for a move the lifecycle refuses
     */
    public Shortlist changeStatus(UUID shortlistId, ShortlistStatus target) {
        requireNonNull(shortlistId, "shortlistId is null");
        requireNonNull(target, "target is null");
        tx.require(PeoplePermissions.SHORTLISTS_MANAGE);
        Shortlist shortlist = ShortlistStatus.LIFECYCLE.require(shortlists().get(shortlistId), target);
        return shortlists().update(ImmutableShortlist.copyOf(shortlist).withStatus(target));
    }

    /** The members of a shortlist by rank. */
    public List<ShortlistMember> members(UUID shortlistId) {
        requireNonNull(shortlistId, "shortlistId is null");
        tx.require(PeoplePermissions.PEOPLE_READ);
        shortlists().get(shortlistId);
        return members().of(shortlistId);
    }

    /** The funnel of a shortlist: members per stage, conversions between stages, and selected against the target. */
    public ShortlistFunnel funnel(UUID shortlistId) {
        requireNonNull(shortlistId, "shortlistId is null");
        tx.require(PeoplePermissions.PEOPLE_READ);
        return ShortlistFunnel.of(shortlists().get(shortlistId), members().of(shortlistId));
    }

    private ShortlistRepository shortlists() {
        return tx.repository(ShortlistRepository.class);
    }

    private ShortlistMemberRepository members() {
        return tx.repository(ShortlistMemberRepository.class);
    }
}
