package dev.atlvs.people.certification;

import dev.atlvs.core.TenantTransaction;
import dev.atlvs.people.credential.CredentialSource;
import dev.atlvs.people.credential.ExpiringCredential;
import dev.atlvs.people.person.Person;
import dev.atlvs.people.person.PersonRepository;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/** The people's certifications as a {@link CredentialSource} of the expiry monitor; the holder is told when they have a login. */
public final class CertificationSource implements CredentialSource {

    @Override
    public List<Certification> expiringBetween(TenantTransaction tx, LocalDate day, LocalDate through) {
        return tx.repository(CertificationRepository.class).expiringBetween(day, through);
    }

    @Override
    public Set<UUID> holderUsers(TenantTransaction tx, ExpiringCredential credential) {
        return tx.repository(PersonRepository.class).find(credential.holderId())
                .filter(person -> person.deletedAt().isEmpty())
                .flatMap(Person::userId)
                .map(Set::of)
                .orElse(Set.of());
    }
}
