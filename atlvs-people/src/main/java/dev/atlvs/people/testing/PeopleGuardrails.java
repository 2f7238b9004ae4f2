package dev.atlvs.people.testing;

import dev.atlvs.core.module.Guardrails;
import dev.atlvs.people.certification.Certification;
import dev.atlvs.people.certification.CertificationRepository;
import dev.atlvs.people.certification.ImmutableCertification;
import dev.atlvs.people.certification.ImmutablePersonCompetency;
import dev.atlvs.people.certification.PersonCompetencyRepository;
import dev.atlvs.people.credential.CredentialAlert;
import dev.atlvs.people.credential.CredentialAlertRepository;
import dev.atlvs.people.credential.ImmutableCredentialAlert;
import dev.atlvs.people.person.Person;
import dev.atlvs.people.profile.ContactVerificationStatus;
import dev.atlvs.people.profile.DocumentType;
import dev.atlvs.people.profile.EmergencyContactService;
import dev.atlvs.people.profile.ImmutableEmergencyContact;
import dev.atlvs.people.profile.ImmutableJobHistoryEntry;
import dev.atlvs.people.profile.ImmutablePersonDocument;
import dev.atlvs.people.profile.JobHistoryRepository;
import dev.atlvs.people.profile.PersonDocumentRepository;
import java.time.LocalDate;
import dev.atlvs.people.competency.CompetencyLevel;
import dev.atlvs.people.competency.CompetencyRepository;
import dev.atlvs.people.competency.ImmutableCompetency;
import dev.atlvs.people.person.ImmutablePerson;
import dev.atlvs.people.person.PersonRepository;
import dev.atlvs.people.person.PersonStatus;
import dev.atlvs.people.role.CrewRoleRepository;
import dev.atlvs.people.role.ImmutableCrewRole;
import dev.atlvs.people.role.ImmutableRoleCompetency;
import dev.atlvs.people.role.RoleCompetencyRepository;
import dev.atlvs.people.personal.ImmutablePersonHealthRecord;
import dev.atlvs.people.personal.ImmutablePersonProfile;
import dev.atlvs.people.personal.PersonHealthRecordRepository;
import dev.atlvs.people.personal.PersonProfileRepository;
import dev.atlvs.people.availability.CommitmentRepository;
import dev.atlvs.people.availability.CommitmentStatus;
import dev.atlvs.people.availability.ImmutableCommitment;
import dev.atlvs.people.availability.ImmutableLeave;
import dev.atlvs.people.availability.LeaveKind;
import dev.atlvs.people.availability.LeaveRepository;
import dev.atlvs.people.availability.LeaveStatus;
import java.time.Instant;
import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicLong;

/** The guardrail samples and mutations of the people module's tables (see {@link Guardrails}). */
public final class PeopleGuardrails {

    private static final AtomicLong SEQUENCE = new AtomicLong();

    private PeopleGuardrails() {}

    /** Names of roles and competencies are unique in an organization, and the suites take several samples in one. */
    static String unique(String name) {
        return name + " " + SEQUENCE.incrementAndGet();
    }

    /** One sample row and one ordinary update per table of the module, and a probe of each of its rules. */
    public static Guardrails guardrails() {
        Guardrails.Builder builder = PeopleRuleProbes.declare(Guardrails.builder())
                .definerFunction("atlvs.erase_person(uuid)", "erasure of a person's data including the sealed values of its audit "
                        + "entries, which the run-time role cannot touch; confined to the verified tenant and refused without "
                        + "people.people.erase");
        directory(builder);
        network(builder);
        profile(builder);
        companies(builder);
        availability(builder);
        return builder.build();
    }

    private static void network(Guardrails.Builder builder) {
        // endorsements, shortlists and network
        builder.table("people_endorsements",
                        org -> PeopleFixtures.endorsement(org, PeopleFixtures.person(org, "Ana", "Souza", "Head Rigger"),
                                PeopleFixtures.person(org, "Ben", "Okafor", "Rigger"), PeopleFixtures.competency(org, unique("Rigging"), true),
                                4, "Safe, fast and calm under pressure").endorsement().id(),
                        (org, id) -> org.asOwner(tx -> {
                            dev.atlvs.people.endorsement.EndorsementRepository endorsements =
                                    tx.repository(dev.atlvs.people.endorsement.EndorsementRepository.class);
                            return endorsements.update(dev.atlvs.people.endorsement.ImmutableEndorsement.copyOf(endorsements.get(id))
                                    .withRating(5));
                        }))
                .table("people_shortlists",
                        org -> PeopleFixtures.shortlist(org, "LD candidates - Q3 tour", PeopleFixtures.role(org, unique("Lighting Designer"),
                                "650.0000"), 2).id(),
                        (org, id) -> org.asOwner(tx -> {
                            dev.atlvs.people.shortlist.ShortlistRepository shortlists =
                                    tx.repository(dev.atlvs.people.shortlist.ShortlistRepository.class);
                            return shortlists.update(dev.atlvs.people.shortlist.ImmutableShortlist.copyOf(shortlists.get(id))
                                    .withDescription("Busy programming season: start early"));
                        }))
                .lifecycle(dev.atlvs.people.shortlist.ShortlistStatus.LIFECYCLE)
                .table("shortlist_members",
                        org -> PeopleFixtures.candidate(org, PeopleFixtures.shortlist(org, "LD candidates - Q3 tour",
                                        PeopleFixtures.role(org, unique("Lighting Designer"), "650.0000"), 2),
                                PeopleFixtures.person(org, "Isla", "Navarro", "Lighting Designer"),
                                dev.atlvs.people.shortlist.ShortlistMemberStatus.CANDIDATE).id(),
                        (org, id) -> org.asOwner(tx -> {
                            dev.atlvs.people.shortlist.ShortlistMemberRepository members =
                                    tx.repository(dev.atlvs.people.shortlist.ShortlistMemberRepository.class);
                            return members.update(dev.atlvs.people.shortlist.ImmutableShortlistMember.copyOf(members.get(id))
                                    .withRank(1).withNotes("Programmed the spring arena run"));
                        }))
                .lifecycle(dev.atlvs.people.shortlist.ShortlistMemberStatus.LIFECYCLE)
                .table("people_network",
                        PeopleRuleProbes::colleagues,
                        (org, id) -> org.asOwner(tx -> {
                            dev.atlvs.people.network.ConnectionRepository connections =
                                    tx.repository(dev.atlvs.people.network.ConnectionRepository.class);
                            return connections.update(dev.atlvs.people.network.ImmutableConnection.copyOf(connections.get(id))
                                    .withStrength(5).withNotes("Toured Europe together in 2025"));
                        }));
    }

    private static void profile(Guardrails.Builder builder) {
        // profiles and credentials
        builder.table("certifications",
                        org -> PeopleFixtures.certification(org, PeopleFixtures.person(org, "Ben", "Okafor", "Rigger"), "IPAF 3a+3b", "IPAF",
                                java.util.Optional.empty(), LocalDate.of(2024, 3, 1), LocalDate.of(2029, 2, 28)).id(),
                        (org, id) -> org.asOwner(tx -> {
                            CertificationRepository certifications = tx.repository(CertificationRepository.class);
                            return certifications.update(ImmutableCertification.copyOf(certifications.get(id)).withNotes("Card seen on site"));
                        }))
                .lifecycle(Certification.LIFECYCLE)
                .table("person_competencies",
                        org -> PeopleFixtures.personCompetency(org, PeopleFixtures.person(org, "Ana", "Souza", "Head Rigger"),
                                PeopleFixtures.competency(org, unique("Rigging"), false), CompetencyLevel.ADVANCED, java.util.Optional.empty()).id(),
                        (org, id) -> org.asOwner(tx -> {
                            PersonCompetencyRepository competencies = tx.repository(PersonCompetencyRepository.class);
                            return competencies.update(ImmutablePersonCompetency.copyOf(competencies.get(id)).withLevel(CompetencyLevel.EXPERT));
                        }))
                .table("job_history",
                        org -> PeopleFixtures.job(org, PeopleFixtures.person(org, "Caro", "Lindqvist", "Stage Manager"), "Arena Rigging Ltd",
                                "Stage Manager", LocalDate.of(2021, 4, 1), LocalDate.of(2024, 6, 30)).id(),
                        (org, id) -> org.asOwner(tx -> {
                            JobHistoryRepository jobs = tx.repository(JobHistoryRepository.class);
                            return jobs.update(ImmutableJobHistoryEntry.copyOf(jobs.get(id)).withJobTitle("Production Stage Manager"));
                        }))
                .table("emergency_contacts",
                        org -> PeopleFixtures.emergencyContact(org, PeopleFixtures.person(org, "Dev", "Patel", "A1 Audio Engineer"), "Rui Souza",
                                "Partner", true, ContactVerificationStatus.VERIFIED).id(),
                        (org, id) -> org.asOwner(tx -> {
                            EmergencyContactService contacts = new EmergencyContactService(tx);
                            return contacts.update(ImmutableEmergencyContact.copyOf(contacts.get(id)).withRelationship("Spouse"));
                        }))
                .freeStatus("emergency_contacts", "verification_status")
                .table("person_documents",
                        org -> {
                            Person person = PeopleFixtures.person(org, "Eli", "Moreau", "Lighting Designer");
                            return PeopleFixtures.document(org, person, DocumentType.PASSPORT, LocalDate.of(2031, 5, 1)).id();
                        },
                        (org, id) -> org.asOwner(tx -> {
                            PersonDocumentRepository documents = tx.repository(PersonDocumentRepository.class);
                            return documents.update(ImmutablePersonDocument.copyOf(documents.get(id)).withExpiresAt(LocalDate.of(2032, 5, 1)));
                        }))
                .table("credential_alerts",
                        org -> org.asOwner(tx -> tx.repository(CredentialAlertRepository.class).insert(CredentialAlert.builder()
                                .organizationId(org.id()).credentialType("certification").credentialId(java.util.UUID.randomUUID())
                                .expiryDate(LocalDate.of(2026, 10, 1)).thresholdDays(30).alertedOn(LocalDate.of(2026, 9, 1)).recipients(2)
                                .build()).id()),
                        (org, id) -> org.asOwner(tx -> {
                            CredentialAlertRepository alerts = tx.repository(CredentialAlertRepository.class);
                            return alerts.update(ImmutableCredentialAlert.copyOf(alerts.get(id)).withRecipients(3));
                        }));
    }

    private static void companies(Guardrails.Builder builder) {
        // companies
        CompanyGuardrails.declare(builder);
    }

    private static void availability(Guardrails.Builder builder) {
        builder.table("people_leave",
                        org -> PeopleFixtures.leave(org, PeopleFixtures.person(org, "Ana", "Souza", "Head Rigger"),
                                LocalDate.of(2026, 8, 3), LocalDate.of(2026, 8, 14)).id(),
                        (org, id) -> org.asOwner(tx -> {
                            LeaveRepository leave = tx.repository(LeaveRepository.class);
                            return leave.update(ImmutableLeave.copyOf(leave.get(id)).withReason("Family holiday in Porto"));
                        }))
                .lifecycle(LeaveStatus.LIFECYCLE)
                .table("person_commitments",
                        org -> PeopleFixtures.engagement(org, PeopleFixtures.person(org, "Ana", "Souza", "Head Rigger"),
                                Instant.parse("2026-09-12T08:00:00Z"), Instant.parse("2026-09-12T23:00:00Z"), CommitmentStatus.CONFIRMED).id(),
                        (org, id) -> org.asOwner(tx -> {
                            CommitmentRepository commitments = tx.repository(CommitmentRepository.class);
                            return commitments.update(ImmutableCommitment.copyOf(commitments.get(id)).withLabel("Gala load-out"));
                        }))
                .freeStatus("person_commitments", "status");
    }

    private static void directory(Guardrails.Builder builder) {
        builder.table("people",
                        org -> PeopleFixtures.person(org, "Ana", "Souza", "Head Rigger").id(),
                        (org, id) -> org.asOwner(tx -> {
                            PersonRepository people = tx.repository(PersonRepository.class);
                            return people.update(ImmutablePerson.copyOf(people.get(id)).withTitle("Rigging Supervisor"));
                        }))
                .lifecycle(PersonStatus.LIFECYCLE)
                .table("people_roles",
                        org -> PeopleFixtures.role(org, unique("Head Rigger"), "450.0000").id(),
                        (org, id) -> org.asOwner(tx -> {
                            CrewRoleRepository roles = tx.repository(CrewRoleRepository.class);
                            return roles.update(ImmutableCrewRole.copyOf(roles.get(id)).withDescription("Leads the rigging crew"));
                        }))
                .freeStatus("people_roles", "status")
                .table("people_competencies",
                        org -> PeopleFixtures.competency(org, unique("Rigging"), true).id(),
                        (org, id) -> org.asOwner(tx -> {
                            CompetencyRepository competencies = tx.repository(CompetencyRepository.class);
                            return competencies.update(ImmutableCompetency.copyOf(competencies.get(id)).withCategory("Stage"));
                        }))
                .table("role_competencies",
                        org -> PeopleFixtures.requirement(org, PeopleFixtures.role(org, unique("Rigger"), "350.0000"),
                                PeopleFixtures.competency(org, unique("Working at height"), true), CompetencyLevel.INTERMEDIATE, true).id(),
                        (org, id) -> org.asOwner(tx -> {
                            RoleCompetencyRepository requirements = tx.repository(RoleCompetencyRepository.class);
                            return requirements.update(ImmutableRoleCompetency.copyOf(requirements.get(id)).withMinLevel(CompetencyLevel.ADVANCED));
                        }))
                .table("person_profiles",
                        org -> PeopleFixtures.personalDetails(org, PeopleFixtures.person(org, "Ana", "Souza", "Head Rigger")).id(),
                        (org, id) -> org.asOwner(tx -> {
                            PersonProfileRepository profiles = tx.repository(PersonProfileRepository.class);
                            return profiles.update(ImmutablePersonProfile.copyOf(profiles.get(id)).withPassportExpiresOn(java.time.LocalDate.of(2032, 1, 31)));
                        }))
                .table("person_health_records",
                        org -> PeopleFixtures.healthRecord(org, PeopleFixtures.person(org, "Ana", "Souza", "Head Rigger")).id(),
                        (org, id) -> org.asOwner(tx -> {
                            PersonHealthRecordRepository records = tx.repository(PersonHealthRecordRepository.class);
                            return records.update(ImmutablePersonHealthRecord.copyOf(records.get(id)).withAllergies("Peanuts, shellfish"));
                        }));
    }
}
