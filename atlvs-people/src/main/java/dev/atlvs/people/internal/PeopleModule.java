package dev.atlvs.people.internal;

import dev.atlvs.core.entity.EntityType;
import dev.atlvs.core.error.Rule;
import dev.atlvs.core.event.EventType;
import dev.atlvs.core.module.AtlvsModule;
import dev.atlvs.core.module.ErrorCodeBlock;
import dev.atlvs.core.module.Guardrails;
import dev.atlvs.core.permission.Permission;
import dev.atlvs.core.TenantTransaction;
import dev.atlvs.core.repository.ReadGuard;
import dev.atlvs.core.repository.Table;
import dev.atlvs.people.PeopleErrorCode;
import dev.atlvs.people.PeoplePermissions;
import dev.atlvs.people.PeopleRules;
import dev.atlvs.people.certification.Certification;
import dev.atlvs.people.certification.CertificationRepository;
import dev.atlvs.people.certification.PersonCompetency;
import dev.atlvs.people.certification.PersonCompetencyRepository;
import dev.atlvs.people.availability.Commitment;
import dev.atlvs.people.availability.CommitmentRepository;
import dev.atlvs.people.availability.Leave;
import dev.atlvs.people.availability.LeaveRepository;
import dev.atlvs.people.competency.Competency;
import dev.atlvs.people.credential.CredentialAlert;
import dev.atlvs.people.credential.CredentialAlertRepository;
import dev.atlvs.people.profile.EmergencyContact;
import dev.atlvs.people.profile.EmergencyContactRepository;
import dev.atlvs.people.profile.JobHistoryEntry;
import dev.atlvs.people.profile.JobHistoryRepository;
import dev.atlvs.people.profile.PersonDocument;
import dev.atlvs.people.profile.PersonDocumentRepository;
import dev.atlvs.people.profile.ProfileActivityRepository;
import dev.atlvs.people.profile.ProfileDocumentRepository;
import dev.atlvs.people.competency.CompetencyRepository;
import dev.atlvs.people.endorsement.Endorsement;
import dev.atlvs.people.endorsement.EndorsementRepository;
import dev.atlvs.people.network.Connection;
import dev.atlvs.people.network.ConnectionRepository;
import dev.atlvs.people.person.Person;
import dev.atlvs.people.person.PersonRepository;
import dev.atlvs.people.personal.PersonHealthRecord;
import dev.atlvs.people.personal.PersonHealthRecordRepository;
import dev.atlvs.people.personal.PersonProfile;
import dev.atlvs.people.personal.PersonProfileRepository;
import dev.atlvs.people.personal.PersonalDataService;
import dev.atlvs.people.role.CrewRole;
import dev.atlvs.people.role.CrewRoleRepository;
import dev.atlvs.people.role.RoleCompetency;
import dev.atlvs.people.role.RoleCompetencyRepository;
import dev.atlvs.people.shortlist.Shortlist;
import dev.atlvs.people.shortlist.ShortlistEvents;
import dev.atlvs.people.shortlist.ShortlistMember;
import dev.atlvs.people.shortlist.ShortlistMemberRepository;
import dev.atlvs.people.shortlist.ShortlistRepository;
import dev.atlvs.people.testing.PeopleGuardrails;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * The people module: the directory of people, crew roles and competencies, profiles and credentials, and companies.
 * It depends on projects, whose projects its shortlists, ratings and contracts refer to and whose team seats and
 * bookings it links to people.
 */
public final class PeopleModule implements AtlvsModule {

    /** The tables of the directory. */
    private static final List<Table<?, ?>> DIRECTORY_TABLES = List.of(Person.TABLE, CrewRole.TABLE, Competency.TABLE, RoleCompetency.TABLE,
            PersonProfile.TABLE, PersonHealthRecord.TABLE);

    /** The tables of endorsements, shortlists and the network. */
    private static final List<Table<?, ?>> NETWORK_TABLES = List.of(Endorsement.TABLE, Shortlist.TABLE, ShortlistMember.TABLE,
            Connection.TABLE);

    /** The tables of profiles and credentials. */
    private static final List<Table<?, ?>> PROFILE_TABLES = List.of(Certification.TABLE, PersonCompetency.TABLE, JobHistoryEntry.TABLE,
            EmergencyContact.TABLE, PersonDocument.TABLE, CredentialAlert.TABLE);

    /** The tables of companies. */
    private static final List<Table<?, ?>> COMPANY_TABLES = List.of(dev.atlvs.people.company.Company.TABLE,
            dev.atlvs.people.company.contact.CompanyContact.TABLE, dev.atlvs.people.company.contract.CompanyContract.TABLE,
            dev.atlvs.people.company.qualification.CompanyQualification.TABLE, dev.atlvs.people.company.rating.CompanyRating.TABLE);

    /** The tables of availability. */
    private static final List<Table<?, ?>> AVAILABILITY_TABLES = List.of(Leave.TABLE, Commitment.TABLE);

    @Override
    public String name() {
        return "people";
    }

    @Override
    public Set<String> dependsOn() {
        return Set.of(CORE, "projects");
    }

    @Override
    public List<Table<?, ?>> tables() {
        return Stream.of(DIRECTORY_TABLES, NETWORK_TABLES, PROFILE_TABLES, COMPANY_TABLES, AVAILABILITY_TABLES)
                .flatMap(List::stream).toList();
    }

    @Override
    public List<Class<?>> repositories() {
        return List.of(
                // directory
                PersonRepository.class, CrewRoleRepository.class, CompetencyRepository.class, RoleCompetencyRepository.class,
                PersonProfileRepository.class, PersonHealthRecordRepository.class
                // endorsements, shortlists and network
                , EndorsementRepository.class, ShortlistRepository.class, ShortlistMemberRepository.class, ConnectionRepository.class
                // profiles and credentials
                , CertificationRepository.class, PersonCompetencyRepository.class, JobHistoryRepository.class,
                EmergencyContactRepository.class, PersonDocumentRepository.class, CredentialAlertRepository.class,
                ProfileDocumentRepository.class, ProfileActivityRepository.class
                // companies
                , dev.atlvs.people.company.CompanyRepository.class, dev.atlvs.people.company.contact.CompanyContactRepository.class,
                dev.atlvs.people.company.contract.CompanyContractRepository.class,
                dev.atlvs.people.company.qualification.CompanyQualificationRepository.class, dev.atlvs.people.company.rating.CompanyRatingRepository.class
                // availability
                , LeaveRepository.class, CommitmentRepository.class
        );
    }

    @Override
    public List<EntityType> entityTypes() {
        return List.of(
                // directory
                new EntityType("person", Person.TABLE)
                // endorsements, shortlists and network
                , new EntityType("shortlist", Shortlist.TABLE)
                // profiles and credentials
                , new EntityType(Certification.ENTITY_TYPE, Certification.TABLE)
                // companies
                , new EntityType("company", dev.atlvs.people.company.Company.TABLE),
                new EntityType("company_contract", dev.atlvs.people.company.contract.CompanyContract.TABLE),
                new EntityType("company_qualification", dev.atlvs.people.company.qualification.CompanyQualification.TABLE)
        );
    }

    @Override
    public List<EventType> eventTypes() {
        return List.of(
                // endorsements, shortlists and network
                new EventType(ShortlistEvents.MEMBER_SELECTED, ShortlistEvents.AGGREGATE,
                        "a candidate of a shortlist was selected: the place where an assignment offer is made")
        );
    }

    @Override
    public List<Permission> permissions() {
        return PeoplePermissions.ALL;
    }

    @Override
    public Map<String, Permission> readPermissions() {
        Map<String, Permission> read = new HashMap<>();
        // directory
        read.put(Person.TABLE.name(), PeoplePermissions.PEOPLE_READ);
        read.put(CrewRole.TABLE.name(), PeoplePermissions.PEOPLE_READ);
        read.put(Competency.TABLE.name(), PeoplePermissions.PEOPLE_READ);
        read.put(RoleCompetency.TABLE.name(), PeoplePermissions.PEOPLE_READ);
        read.put(PersonProfile.TABLE.name(), PeoplePermissions.PERSONAL_ACCESS);
        read.put(PersonHealthRecord.TABLE.name(), PeoplePermissions.SAFETY_ACCESS);
        // endorsements, shortlists and network
        read.put(Endorsement.TABLE.name(), PeoplePermissions.PEOPLE_READ);
        read.put(Shortlist.TABLE.name(), PeoplePermissions.PEOPLE_READ);
        read.put(ShortlistMember.TABLE.name(), PeoplePermissions.PEOPLE_READ);
        read.put(Connection.TABLE.name(), PeoplePermissions.PEOPLE_READ);

        // profiles and credentials
        read.put(Certification.TABLE.name(), PeoplePermissions.PEOPLE_READ);
        read.put(PersonCompetency.TABLE.name(), PeoplePermissions.PEOPLE_READ);
        read.put(JobHistoryEntry.TABLE.name(), PeoplePermissions.PEOPLE_READ);
        read.put(EmergencyContact.TABLE.name(), PeoplePermissions.SAFETY_ACCESS);
        read.put(PersonDocument.TABLE.name(), PeoplePermissions.PERSONAL_ACCESS);
        read.put(CredentialAlert.TABLE.name(), PeoplePermissions.CREDENTIALS_MANAGE);

        // companies
        read.put(dev.atlvs.people.company.Company.TABLE.name(), PeoplePermissions.COMPANIES_READ);
        read.put(dev.atlvs.people.company.contact.CompanyContact.TABLE.name(), PeoplePermissions.COMPANIES_READ);
        read.put(dev.atlvs.people.company.contract.CompanyContract.TABLE.name(), PeoplePermissions.COMPANIES_READ);
        read.put(dev.atlvs.people.company.qualification.CompanyQualification.TABLE.name(), PeoplePermissions.COMPANIES_READ);
        read.put(dev.atlvs.people.company.rating.CompanyRating.TABLE.name(), PeoplePermissions.COMPANIES_READ);

        // availability
        read.put(Leave.TABLE.name(), PeoplePermissions.PEOPLE_READ);
        read.put(Commitment.TABLE.name(), PeoplePermissions.PEOPLE_READ);

        return Map.copyOf(read);
    }

    /** The tables whose every row is personal: only the person and holders of the HR or safety permission read them. */
    @Override
    public Map<String, ReadGuard> readGuards() {
        return Map.of(
                PersonProfile.TABLE.name(), ReadGuard.of(PeoplePermissions.PERSONAL_ACCESS, PeopleModule::ownRow),
                PersonHealthRecord.TABLE.name(), ReadGuard.of(PeoplePermissions.SAFETY_ACCESS, PeopleModule::ownRow)
                // profiles and credentials
                , EmergencyContact.TABLE.name(), ReadGuard.of(PeoplePermissions.SAFETY_ACCESS, PeopleModule::ownRow),
                PersonDocument.TABLE.name(), ReadGuard.of(PeoplePermissions.PERSONAL_ACCESS, PeopleModule::ownRow)
        );
    }

    /** Whether the row (with a person_id column) is about the actor. */
    private static boolean ownRow(TenantTransaction tx, ResultSet row) throws SQLException {
        UUID person = row.getObject("person_id", UUID.class);
        return PersonalDataService.ownPersonId(tx).map(own -> own.equals(person)).orElse(false);
    }

    /** People, companies and company contacts, in the core's search index (see {@code people/V9__search.sql}). */
    @Override
    public List<dev.atlvs.core.search.SearchSource> searchSources() {
        return List.of(
                dev.atlvs.core.search.SearchSource.of("person", Person.TABLE, List.of("first_name", "last_name"))
                        .withSubtitle("title", "city").withBody("email", "phone", "department", "location", "skills"),
                dev.atlvs.core.search.SearchSource.of("company", dev.atlvs.people.company.Company.TABLE, List.of("name", "legal_name"))
                        .withSubtitle("city", "industry").withBody("website", "email", "phone", "country"),
                dev.atlvs.core.search.SearchSource.of("company_contact", dev.atlvs.people.company.contact.CompanyContact.TABLE,
                        List.of("first_name", "last_name")).withSubtitle("title", "department").withBody("email", "phone"));
    }

    @Override
    public ErrorCodeBlock errorCodes() {
        return ErrorCodeBlock.of(4000, 4999, PeopleErrorCode.class);
    }

    @Override
    public List<Rule> rules() {
        return PeopleRules.ALL;
    }

    @Override
    public Guardrails guardrails() {
        return PeopleGuardrails.guardrails();
    }
}
