package dev.atlvs.people.company.qualification;

import static java.util.Objects.requireNonNull;

import dev.atlvs.core.TenantTransaction;
import dev.atlvs.people.credential.CredentialSource;
import dev.atlvs.people.credential.CredentialStatus;
import dev.atlvs.people.credential.ExpiringCredential;
import dev.atlvs.people.credential.HolderKind;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * The company qualifications (insurance certificates, licences, bonds) as credentials of the
 * {@link dev.atlvs.people.credential.ExpiryMonitor}: those valid on the day and expiring by the horizon. A company has
 * no login, so their alerts go to the members who manage credentials.
 */
public final class QualificationCredentialSource implements CredentialSource {

    @Override
    public List<? extends ExpiringCredential> expiringBetween(TenantTransaction tx, LocalDate day, LocalDate through) {
        return tx.repository(CompanyQualificationRepository.class).expiringBetween(day, through, day).stream()
                .filter(q -> q.status() == QualificationStatus.ACTIVE)
                .map(QualificationCredential::new)
                .toList();
    }

    @Override
    public Set<UUID> holderUsers(TenantTransaction tx, ExpiringCredential credential) {
        return Set.of();
    }

    /** A company qualification seen as an expiring credential. */
    private record QualificationCredential(ExpiringQualification qualification) implements ExpiringCredential {
        QualificationCredential {
            requireNonNull(qualification, "qualification is null");
        }

        @Override
        public UUID credentialId() {
            return qualification.id();
        }

        @Override
        public String credentialType() {
            return "company_qualification";
        }

        @Override
        public HolderKind holderKind() {
            return HolderKind.COMPANY;
        }

        @Override
        public UUID holderId() {
            return qualification.holderId();
        }

        @Override
        public String name() {
            return qualification.name() + " (" + qualification.holderName() + ")";
        }

        @Override
        public Optional<LocalDate> issueDate() {
            return Optional.empty();
        }

        @Override
        public Optional<LocalDate> expiryDate() {
            return Optional.of(qualification.expiryDate());
        }

        @Override
        public CredentialStatus status() {
            return CredentialStatus.valueOf(qualification.status().name());
        }
    }
}
