package dev.atlvs.people.certification;

import static java.util.Objects.requireNonNull;

import dev.atlvs.core.TenantTransaction;
import dev.atlvs.people.PeoplePermissions;
import dev.atlvs.people.PeopleRules;
import dev.atlvs.people.competency.Competency;
import dev.atlvs.people.competency.CompetencyLevel;
import dev.atlvs.people.competency.CompetencyRepository;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * A person's competencies: adding one (once per competency: a second is a
 * {@link dev.atlvs.people.PeopleErrorCode#PERSON_COMPETENCY_DUPLICATE} conflict on {@code competencyId}), and the
 * competencies that count on a date, which candidate matching reads.
 *
 * <pre>{@code
 * PersonCompetencies competencies = new PersonCompetencies(tx);
 * competencies.add(PersonCompetency.builder().organizationId(tx.organizationId()).personId(ana.id())
 *         .competencyId(rigging.id()).level(CompetencyLevel.EXPERT).certificationId(riggingCertificate.id()).build());
 * Map<UUID, CompetencyLevel> onShowDay = competencies.effectiveOn(ana.id(), LocalDate.of(2026, 9, 2));
 * }</pre>
 */
public final class PersonCompetencies {
    private final TenantTransaction tx;

    public PersonCompetencies(TenantTransaction tx) {
        this.tx = requireNonNull(tx, "tx is null");
    }

    /** Adds a competency to a person; a person lists each competency once. */
    public PersonCompetency add(PersonCompetency competency) {
        requireNonNull(competency, "competency is null");
        tx.require(PeoplePermissions.PEOPLE_UPDATE);
        tx.validate("PersonCompetency", competency);
        if (repository().find(competency.personId(), competency.competencyId()).isPresent()) {
            throw PeopleRules.PERSON_COMPETENCIES_UNIQUE.exception();
        }
        return repository().insert(competency);
    }

    /**
     * The person's competencies that count on {@code day}, by competency id, with their level: a competency that requires
     * certification counts only while its linked certification is valid on that day (active and unexpired).
     */
    public Map<UUID, CompetencyLevel> effectiveOn(UUID personId, LocalDate day) {
        requireNonNull(personId, "personId is null");
        requireNonNull(day, "day is null");
        tx.require(PeoplePermissions.PEOPLE_READ);
        CompetencyRepository taxonomy = tx.repository(CompetencyRepository.class);
        CertificationRepository certifications = tx.repository(CertificationRepository.class);
        Map<UUID, CompetencyLevel> effective = new LinkedHashMap<>();
        for (PersonCompetency held : repository().of(personId)) {
            Competency competency = taxonomy.get(held.competencyId());
            boolean counts = !competency.requiresCertification() || held.certificationId()
                    .flatMap(id -> Optional.of(certifications.get(id)))
                    .map(certification -> certification.validOn(day))
                    .orElse(false);
            if (counts) {
                effective.put(held.competencyId(), held.level());
            }
        }
        return Map.copyOf(effective);
    }

    private PersonCompetencyRepository repository() {
        return tx.repository(PersonCompetencyRepository.class);
    }
}
