package dev.atlvs.people.internal;

import dev.atlvs.core.entity.EntityType;
import dev.atlvs.core.error.Rule;
import dev.atlvs.core.event.EventType;
import dev.atlvs.core.module.AtlvsModule;
import dev.atlvs.core.module.ErrorCodeBlock;
import dev.atlvs.core.module.Guardrails;
import dev.atlvs.core.permission.Permission;
import dev.atlvs.core.repository.Table;
import dev.atlvs.people.PeopleErrorCode;
import dev.atlvs.people.PeoplePermissions;
import dev.atlvs.people.PeopleRules;
import dev.atlvs.people.competency.Competency;
import dev.atlvs.people.competency.CompetencyRepository;
import dev.atlvs.people.endorsement.Endorsement;
import dev.atlvs.people.endorsement.EndorsementRepository;
import dev.atlvs.people.network.Connection;
import dev.atlvs.people.network.ConnectionRepository;
import dev.atlvs.people.person.Person;
import dev.atlvs.people.person.PersonRepository;
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
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The people module: the directory of people, crew roles and competencies, profiles and credentials, and companies.
 * It depends on projects, whose projects its shortlists, ratings and contracts refer to and whose team seats and
 * bookings it links to people.
 */
public final class PeopleModule implements AtlvsModule {

    /** The tables of the directory. */
    private static final List<Table<?, ?>> DIRECTORY_TABLES = List.of(Person.TABLE, CrewRole.TABLE, Competency.TABLE, RoleCompetency.TABLE);

    /** The tables of endorsements, shortlists and the network. */
    private static final List<Table<?, ?>> NETWORK_TABLES = List.of(Endorsement.TABLE, Shortlist.TABLE, ShortlistMember.TABLE,
            Connection.TABLE);

    /** The tables of profiles and credentials. */
    private static final List<Table<?, ?>> PROFILE_TABLES = List.of();

    /** The tables of companies. */
    private static final List<Table<?, ?>> COMPANY_TABLES = List.of();

    /** The tables of availability. */
    private static final List<Table<?, ?>> AVAILABILITY_TABLES = List.of();

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
                PersonRepository.class, CrewRoleRepository.class, CompetencyRepository.class, RoleCompetencyRepository.class
                // endorsements, shortlists and network
                , EndorsementRepository.class, ShortlistRepository.class, ShortlistMemberRepository.class, ConnectionRepository.class
                // profiles and credentials
                // companies
                // availability
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
                // companies
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
        // endorsements, shortlists and network
        read.put(Endorsement.TABLE.name(), PeoplePermissions.PEOPLE_READ);
        read.put(Shortlist.TABLE.name(), PeoplePermissions.PEOPLE_READ);
        read.put(ShortlistMember.TABLE.name(), PeoplePermissions.PEOPLE_READ);
        read.put(Connection.TABLE.name(), PeoplePermissions.PEOPLE_READ);

        // profiles and credentials

        // companies

        // availability

        return Map.copyOf(read);
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
