package dev.atlvs.people.endorsement;

import static java.util.Objects.requireNonNull;

import dev.atlvs.core.TenantTransaction;
import dev.atlvs.people.PeoplePermissions;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Endorsing people and reading endorsements with their verification: an endorsement by a person of the directory is
 * verified when both were on the team of a completed project (derived on every read, never stored), and verified
 * endorsements weigh more in an {@link EndorsementScore}.
 *
 * <pre>{@code
 * EndorsementService endorsements = new EndorsementService(tx);
 * endorsements.endorse(Endorsement.builder().organizationId(tx.organizationId()).personId(ana.id()).endorserId(ben.id())
 *         .competencyId(rigging.id()).rating(5).message("Rigged the festival main stage flawlessly").build());
 * List<EndorsementView> ofAna = endorsements.of(ana.id());
 * EndorsementScore score = endorsements.score(ana.id(), Optional.of(rigging.id()));
 * }</pre>
 */
public final class EndorsementService {
    private final TenantTransaction tx;

    public EndorsementService(TenantTransaction tx) {
        this.tx = requireNonNull(tx, "tx is null");
    }

    /**
     * Records an endorsement.
     *
     * @throws dev.atlvs.core.error.ValidationException naming {@code endorserId} and the rule
     *         {@code people_endorsements_self_check} for a self-endorsement, or {@code people_endorsements_endorser_check}
     *         unless exactly one of a person and an external referee endorses
     * @throws dev.atlvs.core.error.DuplicateException when the endorser endorsed the person for the competency already
     */
    public EndorsementView endorse(Endorsement endorsement) {
        requireNonNull(endorsement, "endorsement is null");
        tx.require(PeoplePermissions.ENDORSEMENTS_CREATE);
        Endorsement stored = endorsements().insert(endorsement);
        return new EndorsementView(stored, verified(List.of(stored)).contains(stored.id()));
    }

    /** Removes an endorsement. */
    public void withdraw(UUID endorsementId) {
        requireNonNull(endorsementId, "endorsementId is null");
        tx.require(PeoplePermissions.ENDORSEMENTS_CREATE);
        endorsements().delete(endorsements().get(endorsementId));
    }

    /** The endorsements of a person with their verification, newest first. */
    public List<EndorsementView> of(UUID personId) {
        requireNonNull(personId, "personId is null");
        tx.require(PeoplePermissions.PEOPLE_READ);
        return views(endorsements().of(personId));
    }

    /** The endorsement score of a person for a competency, or over all their endorsements when it is empty. */
    public EndorsementScore score(UUID personId, Optional<UUID> competencyId) {
        requireNonNull(personId, "personId is null");
        return scores(List.of(personId), competencyId).get(personId);
    }

    /**
     * The endorsement scores of {@code personIds} for a competency (or over all endorsements when it is empty), in the
     * order given; a person without endorsements scores 0. Two queries whatever the number of people.
     */
    public Map<UUID, EndorsementScore> scores(Collection<UUID> personIds, Optional<UUID> competencyId) {
        requireNonNull(personIds, "personIds is null");
        requireNonNull(competencyId, "competencyId is null");
        tx.require(PeoplePermissions.PEOPLE_READ);
        Map<UUID, List<EndorsementView>> byPerson = new LinkedHashMap<>();
        personIds.forEach(id -> byPerson.put(requireNonNull(id, "a person id is null"), new java.util.ArrayList<>()));
        if (!byPerson.isEmpty()) {
            for (EndorsementView view : views(endorsements().ofPeople(byPerson.keySet().toArray(UUID[]::new), competencyId.orElse(null)))) {
                byPerson.get(view.endorsement().personId()).add(view);
            }
        }
        Map<UUID, EndorsementScore> scores = new LinkedHashMap<>();
        byPerson.forEach((person, views) -> scores.put(person, EndorsementScore.of(person, competencyId, views)));
        return scores;
    }

    private List<EndorsementView> views(List<Endorsement> endorsements) {
        Set<UUID> verified = verified(endorsements);
        return endorsements.stream().map(e -> new EndorsementView(e, verified.contains(e.id()))).toList();
    }

    private Set<UUID> verified(List<Endorsement> endorsements) {
        UUID[] ids = endorsements.stream().filter(e -> e.endorserId().isPresent()).map(Endorsement::id).toArray(UUID[]::new);
        return ids.length == 0 ? Set.of() : new HashSet<>(endorsements().verifiedAmong(ids));
    }

    private EndorsementRepository endorsements() {
        return tx.repository(EndorsementRepository.class);
    }
}
