package dev.atlvs.people.testing;

import dev.atlvs.core.TenantTransaction;
import dev.atlvs.core.member.MemberRole;
import dev.atlvs.core.module.Guardrails;
import dev.atlvs.people.certification.CertificationRepository;
import dev.atlvs.people.certification.ImmutableCertification;
import dev.atlvs.people.certification.PersonCompetencies;
import dev.atlvs.people.certification.PersonCompetency;
import dev.atlvs.people.certification.PersonCompetencyRepository;
import dev.atlvs.people.availability.CommitmentRepository;
import dev.atlvs.people.availability.CommitmentStatus;
import dev.atlvs.people.availability.ImmutableCommitment;
import dev.atlvs.people.availability.ImmutableLeave;
import dev.atlvs.people.availability.LeaveRepository;
import dev.atlvs.people.competency.CompetencyRepository;
import dev.atlvs.people.profile.EmergencyContactService;
import dev.atlvs.people.profile.ImmutableEmergencyContact;
import dev.atlvs.people.profile.ImmutableJobHistoryEntry;
import dev.atlvs.people.profile.JobHistoryRepository;
import dev.atlvs.people.competency.ImmutableCompetency;
import dev.atlvs.people.person.ImmutablePerson;
import dev.atlvs.people.person.Person;
import dev.atlvs.people.person.PersonRepository;
import dev.atlvs.people.person.PersonService;
import dev.atlvs.people.person.PersonStatus;
import dev.atlvs.people.personal.PersonHealthRecord;
import dev.atlvs.people.personal.PersonProfile;
import dev.atlvs.people.personal.PersonalDataService;
import dev.atlvs.people.role.CrewRoleRepository;
import dev.atlvs.people.role.ImmutableCrewRole;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * The probes of the people module's rules ({@link dev.atlvs.people.PeopleRules}): each breaks its rule once through
 * the SDK and once by raw SQL, so that the generated suites can require one identity from both (see
 * {@link Guardrails}).
 */
final class PeopleRuleProbes {

    private static final String BLIND_INDEX = "the repository engine writes an encrypted value and its blind index together, from the one value";

    private PeopleRuleProbes() {}

    static Guardrails.Builder declare(Guardrails.Builder guardrails) {
        directory(guardrails);
        network(guardrails);
        profile(guardrails);
        companies(guardrails);
        availability(guardrails);
        return guardrails;
    }

    private static void network(Guardrails.Builder guardrails) {
        // endorsements, shortlists and network
        guardrails
                .rule("people_endorsements_endorser_check",
                        (tx, id) -> endorsements(tx).update(dev.atlvs.people.endorsement.ImmutableEndorsement.copyOf(endorsements(tx).get(id))
                                .withEndorserName("Maya Brandt")),
                        (tx, id) -> sql(tx, "update atlvs.people_endorsements set endorser_name = 'Maya Brandt' where id = :id", id))
                .rule("people_endorsements_self_check",
                        (tx, id) -> {
                            dev.atlvs.people.endorsement.Endorsement endorsement = endorsements(tx).get(id);
                            endorsements(tx).update(dev.atlvs.people.endorsement.ImmutableEndorsement.copyOf(endorsement)
                                    .withEndorserId(endorsement.personId()));
                        },
                        (tx, id) -> sql(tx, "update atlvs.people_endorsements set endorser_id = person_id where id = :id", id))
                .rule("shortlist_members_selected_target",
                        org -> {
                            dev.atlvs.people.shortlist.Shortlist shortlist = shortlist(org, 1);
                            PeopleFixtures.candidate(org, shortlist, PeopleFixtures.person(org, "Isla", "Navarro", "Lighting Designer"),
                                    dev.atlvs.people.shortlist.ShortlistMemberStatus.SELECTED);
                            return PeopleFixtures.candidate(org, shortlist, PeopleFixtures.person(org, "Jonas", "Lind", "Lighting Designer"),
                                    dev.atlvs.people.shortlist.ShortlistMemberStatus.OFFERED).id();
                        },
                        (tx, id) -> new dev.atlvs.people.shortlist.ShortlistService(tx).select(id),
                        (tx, id) -> sql(tx, "update atlvs.shortlist_members set status = 'selected' where id = :id", id))
                .rule("people_shortlists_target_selected",
                        org -> {
                            dev.atlvs.people.shortlist.Shortlist shortlist = shortlist(org, 2);
                            PeopleFixtures.candidate(org, shortlist, PeopleFixtures.person(org, "Isla", "Navarro", "Lighting Designer"),
                                    dev.atlvs.people.shortlist.ShortlistMemberStatus.SELECTED);
                            PeopleFixtures.candidate(org, shortlist, PeopleFixtures.person(org, "Jonas", "Lind", "Lighting Designer"),
                                    dev.atlvs.people.shortlist.ShortlistMemberStatus.SELECTED);
                            return shortlist.id();
                        },
                        (tx, id) -> new dev.atlvs.people.shortlist.ShortlistService(tx).changeTarget(id, java.util.Optional.of(1)),
                        (tx, id) -> sql(tx, "update atlvs.people_shortlists set target_count = 1 where id = :id", id))
                .rule("shortlist_members_person_assignable",
                        org -> shortlist(org, 2).id(),
                        (tx, id) -> {
                            UUID terminated = people(tx).insert(dev.atlvs.people.person.Person.builder().organizationId(tx.organizationId())
                                    .firstName("Tomas").lastName("Berg").status(dev.atlvs.people.person.PersonStatus.TERMINATED).build()).id();
                            new dev.atlvs.people.shortlist.ShortlistService(tx).addCandidate(id, terminated, java.util.Optional.empty(),
                                    java.util.Optional.empty());
                        },
                        (tx, id) -> addBySql(tx, id, "terminated"))
                .rule("shortlist_members_shortlist_active",
                        org -> {
                            dev.atlvs.people.shortlist.Shortlist shortlist = shortlist(org, 2);
                            return org.asOwner(tx -> new dev.atlvs.people.shortlist.ShortlistService(tx).close(shortlist.id())).id();
                        },
                        (tx, id) -> {
                            UUID active = people(tx).insert(dev.atlvs.people.person.Person.builder().organizationId(tx.organizationId())
                                    .firstName("Nia").lastName("Osei").build()).id();
                            new dev.atlvs.people.shortlist.ShortlistService(tx).addCandidate(id, active, java.util.Optional.empty(),
                                    java.util.Optional.empty());
                        },
                        (tx, id) -> addBySql(tx, id, "active"))
                .rule("people_network_self_check",
                        PeopleRuleProbes::mentorship,
                        (tx, id) -> {
                            dev.atlvs.people.network.Connection row = connections(tx).get(id);
                            connections(tx).update(dev.atlvs.people.network.ImmutableConnection.copyOf(row).withConnectedPersonId(row.personId()));
                        },
                        (tx, id) -> sql(tx, "update atlvs.people_network set connected_person_id = person_id where id = :id", id))
                .rule("people_network_order_check",
                        (tx, id) -> {
                            dev.atlvs.people.network.Connection row = connections(tx).get(id);
                            connections(tx).update(dev.atlvs.people.network.ImmutableConnection.builder().from(row)
                                    .personId(row.connectedPersonId()).connectedPersonId(row.personId()).build());
                        },
                        (tx, id) -> sql(tx, """
                                update atlvs.people_network set person_id = connected_person_id, connected_person_id = person_id where id = :id
                                """, id))
                .rule("people_network_inverse",
                        PeopleRuleProbes::mentorship,
                        (tx, id) -> connections(tx).delete(connections(tx).get(id)),
                        (tx, id) -> sql(tx, "delete from atlvs.people_network where id = :id", id));
    }

    /** Two new colleagues, connected once: the id of the stored row. */
    static UUID colleagues(dev.atlvs.core.module.FixtureOrganization org) {
        dev.atlvs.people.person.Person ana = PeopleFixtures.person(org, "Ana", "Souza", "Head Rigger");
        dev.atlvs.people.person.Person ben = PeopleFixtures.person(org, "Ben", "Okafor", "Rigger");
        PeopleFixtures.connection(org, ana, ben, dev.atlvs.people.network.RelationshipType.COLLEAGUE, 3);
        return org.asOwner(tx -> connections(tx).between(ana.id(), ben.id()).get(0).id());
    }

    /** A new mentor and mentee: the id of the mentor row of the pair. */
    private static UUID mentorship(dev.atlvs.core.module.FixtureOrganization org) {
        dev.atlvs.people.person.Person ben = PeopleFixtures.person(org, "Ben", "Okafor", "Production Electrician");
        dev.atlvs.people.person.Person cleo = PeopleFixtures.person(org, "Cleo", "Martin", "Lighting Technician");
        PeopleFixtures.connection(org, ben, cleo, dev.atlvs.people.network.RelationshipType.MENTOR, 5);
        return org.asOwner(tx -> connections(tx).between(ben.id(), cleo.id()).stream()
                .filter(row -> row.relationshipType() == dev.atlvs.people.network.RelationshipType.MENTOR).findFirst().orElseThrow().id());
    }

    private static dev.atlvs.people.shortlist.Shortlist shortlist(dev.atlvs.core.module.FixtureOrganization org, int target) {
        return PeopleFixtures.shortlist(org, "LD candidates - Q3 tour", PeopleFixtures.role(org, PeopleGuardrails.unique("Lighting Designer"),
                "650.0000"), target);
    }

    /** Adds a new person in {@code status} to the shortlist {@code shortlistId} by raw SQL. */
    private static void addBySql(TenantTransaction tx, UUID shortlistId, String status) {
        UUID person = tx.handle().createQuery("""
                insert into atlvs.people (organization_id, first_name, status) values (:organizationId, 'Tomas', :status) returning id
                """).bind("organizationId", tx.organizationId()).bind("status", status).mapTo(UUID.class).one();
        tx.handle().createUpdate("""
                insert into atlvs.shortlist_members (organization_id, shortlist_id, person_id, added_at)
                values (:organizationId, :shortlistId, :personId, now())
                """).bind("organizationId", tx.organizationId()).bind("shortlistId", shortlistId).bind("personId", person).execute();
    }

    private static dev.atlvs.people.endorsement.EndorsementRepository endorsements(TenantTransaction tx) {
        return tx.repository(dev.atlvs.people.endorsement.EndorsementRepository.class);
    }

    private static dev.atlvs.people.network.ConnectionRepository connections(TenantTransaction tx) {
        return tx.repository(dev.atlvs.people.network.ConnectionRepository.class);
    }

    private static void profile(Guardrails.Builder guardrails) {
        // profiles and credentials
        guardrails
                .rule("certifications_expiry_date_check",
                        (tx, id) -> certifications(tx).update(ImmutableCertification.copyOf(certifications(tx).get(id))
                                .withIssueDate(LocalDate.of(2026, 9, 10)).withExpiryDate(LocalDate.of(2026, 9, 1))),
                        (tx, id) -> sql(tx, "update atlvs.certifications set issue_date = date '2026-09-10', expiry_date = date '2026-09-01' where id = :id", id))
                .rule("person_competencies_unique",
                        (tx, id) -> {
                            PersonCompetency held = tx.repository(PersonCompetencyRepository.class).get(id);
                            new PersonCompetencies(tx).add(PersonCompetency.builder().organizationId(held.organizationId())
                                    .personId(held.personId()).competencyId(held.competencyId()).build());
                        },
                        (tx, id) -> sql(tx, """
                                insert into atlvs.person_competencies (organization_id, person_id, competency_id)
                                select organization_id, person_id, competency_id from atlvs.person_competencies where id = :id
                                """, id))
                .rule("job_history_end_date_check",
                        (tx, id) -> jobs(tx).update(ImmutableJobHistoryEntry.copyOf(jobs(tx).get(id)).withEndDate(jobs(tx).get(id).startDate().minusDays(1))),
                        (tx, id) -> sql(tx, "update atlvs.job_history set end_date = start_date - 1 where id = :id", id))
                .rule("job_history_current_check",
                        (tx, id) -> jobs(tx).update(ImmutableJobHistoryEntry.copyOf(jobs(tx).get(id)).withIsCurrent(true)),
                        (tx, id) -> sql(tx, "update atlvs.job_history set is_current = true where id = :id", id))
                .rule("emergency_contacts_primary",
                        (tx, id) -> {
                            EmergencyContactService contacts = new EmergencyContactService(tx);
                            contacts.update(ImmutableEmergencyContact.copyOf(contacts.get(id)).withIsPrimary(false));
                        },
                        (tx, id) -> sql(tx, "update atlvs.emergency_contacts set is_primary = false where id = :id", id));
    }

    private static CertificationRepository certifications(TenantTransaction tx) {
        return tx.repository(CertificationRepository.class);
    }

    private static JobHistoryRepository jobs(TenantTransaction tx) {
        return tx.repository(JobHistoryRepository.class);
    }

    private static void companies(Guardrails.Builder guardrails) {
        // companies
        CompanyRuleProbes.declare(guardrails);
    }

    private static void availability(Guardrails.Builder guardrails) {
        guardrails
                .rule("people_leave_ends_on_check",
                        (tx, id) -> leave(tx).update(ImmutableLeave.copyOf(leave(tx).get(id)).withStartsOn(LocalDate.of(2026, 8, 20))),
                        (tx, id) -> sql(tx, "update atlvs.people_leave set starts_on = date '2026-08-20' where id = :id", id))
                .rule("person_commitments_ends_at_check",
                        (tx, id) -> commitments(tx).update(ImmutableCommitment.copyOf(commitments(tx).get(id))
                                .withEndsAt(commitments(tx).get(id).startsAt())),
                        (tx, id) -> sql(tx, "update atlvs.person_commitments set ends_at = starts_at where id = :id", id))
                // Two confirmed engagements of one person on consecutive days; the second is moved over the first.
                .rule("person_commitments_capacity",
                        org -> {
                            Person ana = PeopleFixtures.person(org, "Ana", "Souza", "Head Rigger");
                            PeopleFixtures.engagement(org, ana, Instant.parse("2026-09-12T08:00:00Z"), Instant.parse("2026-09-12T23:00:00Z"),
                                    CommitmentStatus.CONFIRMED);
                            return PeopleFixtures.engagement(org, ana, Instant.parse("2026-09-13T08:00:00Z"),
                                    Instant.parse("2026-09-13T23:00:00Z"), CommitmentStatus.CONFIRMED).id();
                        },
                        (tx, id) -> commitments(tx).update(ImmutableCommitment.copyOf(commitments(tx).get(id))
                                .withStartsAt(Instant.parse("2026-09-12T20:00:00Z"))),
                        (tx, id) -> sql(tx, "update atlvs.person_commitments set starts_at = '2026-09-12T20:00:00Z' where id = :id", id))
                // An engagement of a person who has since left; moving it is new work.
                .rule("person_commitments_person_active",
                        org -> {
                            Person ana = PeopleFixtures.person(org, "Ana", "Souza", "Head Rigger");
                            UUID id = PeopleFixtures.engagement(org, ana, Instant.parse("2026-09-12T08:00:00Z"),
                                    Instant.parse("2026-09-12T23:00:00Z"), CommitmentStatus.TENTATIVE).id();
                            org.asOwner(tx -> new PersonService(tx).changeStatus(ana.id(), PersonStatus.TERMINATED));
                            return id;
                        },
                        (tx, id) -> commitments(tx).update(ImmutableCommitment.copyOf(commitments(tx).get(id))
                                .withStartsAt(Instant.parse("2026-09-12T10:00:00Z"))),
                        (tx, id) -> sql(tx, "update atlvs.person_commitments set starts_at = '2026-09-12T10:00:00Z' where id = :id", id));
    }

    private static LeaveRepository leave(TenantTransaction tx) {
        return tx.repository(LeaveRepository.class);
    }

    private static CommitmentRepository commitments(TenantTransaction tx) {
        return tx.repository(CommitmentRepository.class);
    }

    private static void directory(Guardrails.Builder guardrails) {
        guardrails
                .rule("people_end_date_check",
                        (tx, id) -> people(tx).update(ImmutablePerson.copyOf(people(tx).get(id))
                                .withStartDate(LocalDate.of(2026, 9, 10)).withEndDate(LocalDate.of(2026, 9, 1))),
                        (tx, id) -> sql(tx, "update atlvs.people set start_date = date '2026-09-10', end_date = date '2026-09-01' where id = :id", id))
                .rule("people_manager_check",
                        (tx, id) -> people(tx).update(ImmutablePerson.copyOf(people(tx).get(id)).withManagerId(id)),
                        (tx, id) -> sql(tx, "update atlvs.people set manager_id = id where id = :id", id))
                .rule("people_day_rate_currency_check",
                        (tx, id) -> people(tx).update(ImmutablePerson.copyOf(people(tx).get(id)).withCurrency(java.util.Optional.empty())),
                        (tx, id) -> sql(tx, "update atlvs.people set currency = null where id = :id", id))
                .rule("people_timezone_zone",
                        (tx, id) -> people(tx).update(ImmutablePerson.copyOf(people(tx).get(id)).withTimezone("Mars/Olympus_Mons")),
                        (tx, id) -> sql(tx, "update atlvs.people set timezone = 'Mars/Olympus_Mons' where id = :id", id))
                .rule("people_roles_day_rate_currency_check",
                        (tx, id) -> roles(tx).update(ImmutableCrewRole.copyOf(roles(tx).get(id)).withCurrency(java.util.Optional.empty())),
                        (tx, id) -> sql(tx, "update atlvs.people_roles set currency = null where id = :id", id))
                .rule("people_competencies_validity_check",
                        (tx, id) -> competencies(tx).update(ImmutableCompetency.copyOf(competencies(tx).get(id)).withRequiresCertification(false)),
                        (tx, id) -> sql(tx, "update atlvs.people_competencies set requires_certification = false where id = :id", id))
                .ruleWithoutSdk("person_profiles_passport_number_bidx_check",
                        (tx, id) -> sql(tx, "update atlvs.person_profiles set passport_number_bidx = null where id = :id", id), BLIND_INDEX)
                .ruleWithoutSdk("person_profiles_national_id_number_bidx_check",
                        (tx, id) -> sql(tx, "update atlvs.person_profiles set national_id_number_bidx = '\\x00'::bytea where id = :id", id),
                        BLIND_INDEX)
                .ruleWithoutSdk("person_profiles_tax_id_bidx_check",
                        (tx, id) -> sql(tx, "update atlvs.person_profiles set tax_id_bidx = null where id = :id", id), BLIND_INDEX)
                .ruleAs(org -> org.addMember(MemberRole.ADMIN), "people_erase_permission",
                        org -> PeopleFixtures.person(org, "Ana", "Souza", "Head Rigger").id(),
                        (tx, id) -> new PersonService(tx).erase(id),
                        (tx, id) -> tx.handle().createQuery("select count(*) from atlvs.erase_person(:id)").bind("id", id).mapTo(Long.class).one())
                .ruleAs(org -> org.addMember(MemberRole.CONTRIBUTOR), "emergency_contacts_access",
                        org -> PeopleFixtures.emergencyContact(org, PeopleFixtures.person(org, "Dev", "Patel", "A1 Audio Engineer"), "Rui Souza",
                                "Partner", true, dev.atlvs.people.profile.ContactVerificationStatus.VERIFIED).id(),
                        (tx, id) -> new dev.atlvs.people.profile.EmergencyContactService(tx).add(dev.atlvs.people.profile.EmergencyContact.builder()
                                .organizationId(tx.organizationId()).personId(personOf(tx, "emergency_contacts", id)).name("Ada Patel")
                                .relationship("Mother").phonePrimary("+447700900111").build()),
                        (tx, id) -> sql(tx, "update atlvs.emergency_contacts set priority_level = priority_level where id = :id", id))
                .ruleAs(org -> org.addMember(MemberRole.CONTRIBUTOR), "person_documents_access",
                        org -> PeopleFixtures.document(org, PeopleFixtures.person(org, "Eli", "Moreau", "Lighting Designer"),
                                dev.atlvs.people.profile.DocumentType.PASSPORT, LocalDate.of(2031, 5, 1)).id(),
                        (tx, id) -> new dev.atlvs.people.profile.PersonDocumentService(tx).describe(dev.atlvs.people.profile.PersonDocument.builder()
                                .organizationId(tx.organizationId()).personId(personOf(tx, "person_documents", id))
                                .attachmentId(tx.handle().createQuery("select attachment_id from atlvs.person_documents where id = :id")
                                        .bind("id", id).mapTo(UUID.class).one())
                                .documentType(dev.atlvs.people.profile.DocumentType.VISA).build()),
                        (tx, id) -> sql(tx, "update atlvs.person_documents set expires_at = expires_at where id = :id", id))
                // A contributor is neither the person nor a holder of the HR or safety permission.
                .ruleAs(org -> org.addMember(MemberRole.CONTRIBUTOR), "person_profiles_access",
                        org -> PeopleFixtures.personalDetails(org, PeopleFixtures.person(org, "Ana", "Souza", "Head Rigger")).id(),
                        (tx, id) -> new PersonalDataService(tx).saveProfile(PersonProfile.builder().organizationId(tx.organizationId())
                                .personId(personOf(tx, "person_profiles", id)).nationality("FR").build()),
                        (tx, id) -> sql(tx, "update atlvs.person_profiles set nationality = 'FR' where id = :id", id))
                .ruleAs(org -> org.addMember(MemberRole.CONTRIBUTOR), "person_health_records_access",
                        org -> PeopleFixtures.healthRecord(org, PeopleFixtures.person(org, "Ana", "Souza", "Head Rigger")).id(),
                        (tx, id) -> new PersonalDataService(tx).saveHealthRecord(PersonHealthRecord.builder().organizationId(tx.organizationId())
                                .personId(personOf(tx, "person_health_records", id)).allergies("None").build()),
                        (tx, id) -> sql(tx, "update atlvs.person_health_records set person_id = person_id where id = :id", id));
    }

    /** The person of a personal row, read as plain SQL (the row itself is not readable by the prober). */
    private static UUID personOf(TenantTransaction tx, String table, UUID id) {
        return tx.handle().createQuery("select person_id from atlvs." + table + " where id = :id").bind("id", id).mapTo(UUID.class).one();
    }

    static void sql(TenantTransaction tx, String statement, UUID id) {
        tx.handle().createUpdate(statement).bind("id", id).execute();
    }

    private static PersonRepository people(TenantTransaction tx) {
        return tx.repository(PersonRepository.class);
    }

    private static CrewRoleRepository roles(TenantTransaction tx) {
        return tx.repository(CrewRoleRepository.class);
    }

    private static CompetencyRepository competencies(TenantTransaction tx) {
        return tx.repository(CompetencyRepository.class);
    }
}
